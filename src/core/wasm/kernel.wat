;; SIMD kernels of the RECC method core (issue 9 §2). Source of src/core/wasm/kernel-bytes.ts:
;; `npm run wasm` assembles it (wabt) and writes the bytes; test/core/wasm-kernel.test.ts checks
;; that the committed bytes are this file's.
;;
;; Every kernel does, lane by lane, exactly the IEEE operations of the plain-JavaScript loop it
;; replaces (src/core: entropy.ts, normalize.ts columnRange, weighted-index.ts unitIndex,
;; obstacle-degree.ts forEachObstacleRow), in the same order, so the results are bit for bit those of JavaScript: WebAssembly has no fused
;; multiply-add, no flush-to-zero and correctly rounded f64 division. SIMD lanes are two adjacent
;; columns (sums down a column keep row order) or two rows (sums along a row keep column order).
;;
;; $logs is fdlibm's __ieee754_log (e_log.c), the algorithm of V8's Math.log (src/base/ieee754.cc),
;; on two doubles at once: the branches become selects. The k = 0 forms of fdlibm
;; (f − R, f − (hfsq − s(hfsq + R)), f − s(f − R), 0 at f = 0) equal the general forms with
;; dk = 0 in round-to-nearest (0 − d = −d exactly, and x − y = −(y − x)), so only the three
;; general forms are computed. The property test compares it with Math.log bit for bit.
;;
;; Memory is the caller's (imported): byte offsets are passed in. Column arrays hold m + (m & 1)
;; doubles (the pad column's lane is computed and ignored); the data are followed by 16 bytes of
;; padding, so the last pair of an odd row reads inside memory.
(module
  (import "env" "memory" (memory 1))

  ;; The constants of $logs at bytes 0…415 of memory (written at instantiation): one load each in
  ;; the loop instead of building a v128 constant from immediates.
  (data (i32.const 0) "\00\00\10\00\00\00\10\00\00\00\10\00\00\00\10\00") ;; t i32x4 0x00100000 0x00100000 0x00100000 0x00100000
  (data (i32.const 16) "\00\00\00\00\00\00\50\43\00\00\00\00\00\00\50\43") ;; t i64x2 0x4350000000000000 0x4350000000000000
  (data (i32.const 32) "\ca\ff\ff\ff\ca\ff\ff\ff\ca\ff\ff\ff\ca\ff\ff\ff") ;; t i32x4 -54 -54 -54 -54
  (data (i32.const 48) "\ff\03\00\00\ff\03\00\00\ff\03\00\00\ff\03\00\00") ;; t i32x4 1023 1023 1023 1023
  (data (i32.const 64) "\ff\ff\0f\00\ff\ff\0f\00\ff\ff\0f\00\ff\ff\0f\00") ;; t i32x4 0xfffff 0xfffff 0xfffff 0xfffff
  (data (i32.const 80) "\64\5f\09\00\64\5f\09\00\64\5f\09\00\64\5f\09\00") ;; t i32x4 0x95f64 0x95f64 0x95f64 0x95f64
  (data (i32.const 96) "\00\00\10\00\00\00\10\00\00\00\10\00\00\00\10\00") ;; t i32x4 0x100000 0x100000 0x100000 0x100000
  (data (i32.const 112) "\00\00\f0\3f\00\00\f0\3f\00\00\f0\3f\00\00\f0\3f") ;; t i32x4 0x3ff00000 0x3ff00000 0x3ff00000 0x3ff00000
  (data (i32.const 128) "\00\00\00\00\ff\ff\ff\ff\00\00\00\00\ff\ff\ff\ff") ;; t i32x4 0 -1 0 -1
  (data (i32.const 144) "\00\00\00\00\00\00\f0\3f\00\00\00\00\00\00\f0\3f") ;; t i64x2 0x3ff0000000000000 0x3ff0000000000000
  (data (i32.const 160) "\00\00\e0\fe\42\2e\e6\3f\00\00\e0\fe\42\2e\e6\3f") ;; t i64x2 0x3fe62e42fee00000 0x3fe62e42fee00000
  (data (i32.const 176) "\76\3c\79\35\ef\39\ea\3d\76\3c\79\35\ef\39\ea\3d") ;; t i64x2 0x3dea39ef35793c76 0x3dea39ef35793c76
  (data (i32.const 192) "\00\00\00\00\00\00\00\40\00\00\00\00\00\00\00\40") ;; t i64x2 0x4000000000000000 0x4000000000000000
  (data (i32.const 208) "\93\55\55\55\55\55\e5\3f\93\55\55\55\55\55\e5\3f") ;; t i64x2 0x3fe5555555555593 0x3fe5555555555593
  (data (i32.const 224) "\59\93\22\94\24\49\d2\3f\59\93\22\94\24\49\d2\3f") ;; t i64x2 0x3fd2492494229359 0x3fd2492494229359
  (data (i32.const 240) "\de\03\cb\96\64\46\c7\3f\de\03\cb\96\64\46\c7\3f") ;; t i64x2 0x3fc7466496cb03de 0x3fc7466496cb03de
  (data (i32.const 256) "\44\52\3e\df\12\f1\c2\3f\44\52\3e\df\12\f1\c2\3f") ;; t i64x2 0x3fc2f112df3e5244 0x3fc2f112df3e5244
  (data (i32.const 272) "\04\fa\97\99\99\99\d9\3f\04\fa\97\99\99\99\d9\3f") ;; t i64x2 0x3fd999999997fa04 0x3fd999999997fa04
  (data (i32.const 288) "\af\78\8e\1d\c5\71\cc\3f\af\78\8e\1d\c5\71\cc\3f") ;; t i64x2 0x3fcc71c51d8e78af 0x3fcc71c51d8e78af
  (data (i32.const 304) "\9f\c6\78\d0\09\9a\c3\3f\9f\c6\78\d0\09\9a\c3\3f") ;; t i64x2 0x3fc39a09d078c69f 0x3fc39a09d078c69f
  (data (i32.const 320) "\00\00\00\00\00\00\e0\3f\00\00\00\00\00\00\e0\3f") ;; t i64x2 0x3fe0000000000000 0x3fe0000000000000
  (data (i32.const 336) "\7a\14\06\00\7a\14\06\00\7a\14\06\00\7a\14\06\00") ;; t i32x4 0x6147a 0x6147a 0x6147a 0x6147a
  (data (i32.const 352) "\51\b8\06\00\51\b8\06\00\51\b8\06\00\51\b8\06\00") ;; t i32x4 0x6b851 0x6b851 0x6b851 0x6b851
  (data (i32.const 368) "\02\00\00\00\02\00\00\00\02\00\00\00\02\00\00\00") ;; t i32x4 2 2 2 2
  (data (i32.const 384) "\03\00\00\00\03\00\00\00\03\00\00\00\03\00\00\00") ;; t i32x4 3 3 3 3
  (data (i32.const 400) "\55\55\55\55\55\55\d5\3f\55\55\55\55\55\55\d5\3f") ;; t i64x2 0x3fd5555555555555 0x3fd5555555555555

  ;; dst[k] = log(src[k]) for positive finite doubles (normal or subnormal), k < n rounded up to
  ;; even (src = dst allowed), bit for bit fdlibm / V8 Math.log. A lane holding 0, a negative, ∞
  ;; or NaN gets a meaningless value (no trap); the caller masks it (entropy: y > 0 only). One
  ;; function with the loop inside, so the per-element code is not a call (V8 does not inline wasm
  ;; calls by default). The integer work is on the high words (the odd i32x4 lanes; the even lanes
  ;; carry junk that is never used): 64-bit lane shifts have no SSE instruction. The two rare
  ;; cases (a subnormal lane; |f| < 2^-20) are branches taken only when a lane needs them.
  (func $logs (export "log") (param $src i32) (param $dst i32) (param $n i32)
    (local $end i32) (local $x v128) (local $m v128) (local $k v128) (local $hx v128) (local $i v128)
    (local $f v128) (local $s v128) (local $z v128) (local $w v128) (local $R v128)
    (local $hi v128) (local $lo v128) (local $hfsq v128) (local $r v128)
    (local.set $end (i32.add (local.get $src) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
        (local.set $x (v128.load (local.get $src)))
        (local.set $k (v128.const i64x2 0 0))
        ;; x < 2^-1022 (subnormal): scale by 2^54, k = −54
        (local.set $m (i8x16.shuffle 4 5 6 7 4 5 6 7 12 13 14 15 12 13 14 15
          (i32x4.lt_s (local.get $x) (v128.load offset=0 (i32.const 0)))
          (local.get $x)))
        (if (v128.any_true (local.get $m))
          (then
            (local.set $x (v128.bitselect
              (f64x2.mul (local.get $x) (v128.load offset=16 (i32.const 0)))
              (local.get $x) (local.get $m)))
            (local.set $k (v128.and (local.get $m) (v128.load offset=32 (i32.const 0))))))
        ;; k += (hx >> 20) − 1023
        (local.set $k (i32x4.add (local.get $k)
          (i32x4.sub (i32x4.shr_s (local.get $x) (i32.const 20)) (v128.load offset=48 (i32.const 0)))))
        ;; hx &= 0xfffff; i = (hx + 0x95f64) & 0x100000; x = x or x/2 in [sqrt(2)/2, sqrt(2))
        (local.set $hx (v128.and (local.get $x) (v128.load offset=64 (i32.const 0))))
        (local.set $i (v128.and
          (i32x4.add (local.get $hx) (v128.load offset=80 (i32.const 0)))
          (v128.load offset=96 (i32.const 0))))
        (local.set $x (v128.bitselect
          (v128.or (local.get $hx) (v128.xor (local.get $i) (v128.load offset=112 (i32.const 0))))
          (local.get $x)
          (v128.load offset=128 (i32.const 0))))
        (local.set $k (i32x4.add (local.get $k) (i32x4.shr_s (local.get $i) (i32.const 20))))
        (local.set $f (f64x2.sub (local.get $x) (v128.load offset=144 (i32.const 0))))
        ;; dk = (double) k (the two high-word lanes); hi = dk ln2_hi, lo = dk ln2_lo
        (local.set $lo (f64x2.convert_low_i32x4_s
          (i8x16.shuffle 4 5 6 7 12 13 14 15 4 5 6 7 12 13 14 15 (local.get $k) (local.get $k))))
        (local.set $hi (f64x2.mul (local.get $lo) (v128.load offset=160 (i32.const 0))))
        (local.set $lo (f64x2.mul (local.get $lo) (v128.load offset=176 (i32.const 0))))
        ;; s = f/(2 + f); z = s²; w = z²; R = t2 + t1
        (local.set $s (f64x2.div (local.get $f)
          (f64x2.add (v128.load offset=192 (i32.const 0)) (local.get $f))))
        (local.set $z (f64x2.mul (local.get $s) (local.get $s)))
        (local.set $w (f64x2.mul (local.get $z) (local.get $z)))
        (local.set $R (f64x2.add
          ;; t2 = z(Lg1 + w(Lg3 + w(Lg5 + w Lg7)))
          (f64x2.mul (local.get $z)
            (f64x2.add (v128.load offset=208 (i32.const 0))
              (f64x2.mul (local.get $w)
                (f64x2.add (v128.load offset=224 (i32.const 0))
                  (f64x2.mul (local.get $w)
                    (f64x2.add (v128.load offset=240 (i32.const 0))
                      (f64x2.mul (local.get $w) (v128.load offset=256 (i32.const 0)))))))))
          ;; t1 = w(Lg2 + w(Lg4 + w Lg6))
          (f64x2.mul (local.get $w)
            (f64x2.add (v128.load offset=272 (i32.const 0))
              (f64x2.mul (local.get $w)
                (f64x2.add (v128.load offset=288 (i32.const 0))
                  (f64x2.mul (local.get $w) (v128.load offset=304 (i32.const 0)))))))))
        ;; hfsq = 0.5 f f
        (local.set $hfsq (f64x2.mul
          (f64x2.mul (v128.load offset=320 (i32.const 0)) (local.get $f))
          (local.get $f)))
        ;; ((hx − 0x6147a) | (0x6b851 − hx)) > 0 ?
        ;;   dk ln2_hi − ((hfsq − (s(hfsq + R) + dk ln2_lo)) − f)
        ;; : dk ln2_hi − ((s(f − R) − dk ln2_lo) − f)
        (local.set $r (v128.bitselect
          (f64x2.sub (local.get $hi)
            (f64x2.sub
              (f64x2.sub (local.get $hfsq)
                (f64x2.add (f64x2.mul (local.get $s) (f64x2.add (local.get $hfsq) (local.get $R))) (local.get $lo)))
              (local.get $f)))
          (f64x2.sub (local.get $hi)
            (f64x2.sub
              (f64x2.sub (f64x2.mul (local.get $s) (f64x2.sub (local.get $f) (local.get $R))) (local.get $lo))
              (local.get $f)))
          (i8x16.shuffle 4 5 6 7 4 5 6 7 12 13 14 15 12 13 14 15
            (i32x4.gt_s
              (v128.or
                (i32x4.sub (local.get $hx) (v128.load offset=336 (i32.const 0)))
                (i32x4.sub (v128.load offset=352 (i32.const 0)) (local.get $hx)))
              (v128.const i32x4 0 0 0 0))
            (local.get $hx))))
        ;; |f| < 2^-20 ((0xfffff & (2 + hx)) < 3): dk ln2_hi − ((f f (0.5 − f/3) − dk ln2_lo) − f)
        (local.set $m (i8x16.shuffle 4 5 6 7 4 5 6 7 12 13 14 15 12 13 14 15
          (i32x4.lt_s
            (v128.and (i32x4.add (local.get $hx) (v128.load offset=368 (i32.const 0))) (v128.load offset=64 (i32.const 0)))
            (v128.load offset=384 (i32.const 0)))
          (local.get $hx)))
        (if (v128.any_true (local.get $m))
          (then
            (local.set $r (v128.bitselect
              (f64x2.sub (local.get $hi)
                (f64x2.sub
                  (f64x2.sub
                    (f64x2.mul (f64x2.mul (local.get $f) (local.get $f))
                      (f64x2.sub (v128.load offset=320 (i32.const 0))
                        (f64x2.mul (v128.load offset=400 (i32.const 0)) (local.get $f))))
                    (local.get $lo))
                  (local.get $f)))
              (local.get $r)
              (local.get $m)))))
        (v128.store (local.get $dst) (local.get $r))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
        (br $next))))

  ;; Entropy sums with the min–max scaling folded in (entropy.ts, unit scaling): for every row and
  ;; column j, y = (coef_j x − base_j)/range_j + shift; total_j += y; if y > 0, sum_j += y log y.
  ;; Per row: y into the scratch row $yrow, log y into $lrow ($logs), then the sums. Adding +0
  ;; where y ≤ 0 is skipping it: sum_j starts at +0 and its terms are never ±0 but at y = 1 (+0),
  ;; so it is never −0.
  (func (export "entropy")
    (param $x i32) (param $n i32) (param $m i32) (param $coef i32) (param $base i32)
    (param $range i32) (param $total i32) (param $sum i32) (param $yrow i32) (param $lrow i32)
    (param $shift f64)
    (local $end i32) (local $cols i32) (local $j i32) (local $t i32) (local $sh v128) (local $y v128)
    (local.set $sh (f64x2.splat (local.get $shift)))
    (local.set $cols (i32.shl (local.get $m) (i32.const 3)))
    (local.set $end (i32.add (local.get $x) (i32.mul (local.get $n) (local.get $cols))))
    (block $rowsDone
      (loop $row
        (br_if $rowsDone (i32.ge_u (local.get $x) (local.get $end)))
        (local.set $j (i32.const 0))
        (block $colsDone
          (loop $col
            (br_if $colsDone (i32.ge_u (local.get $j) (local.get $cols)))
            (local.set $y (f64x2.add
              (f64x2.div
                (f64x2.sub
                  (f64x2.mul (v128.load (i32.add (local.get $coef) (local.get $j)))
                    (v128.load (i32.add (local.get $x) (local.get $j))))
                  (v128.load (i32.add (local.get $base) (local.get $j))))
                (v128.load (i32.add (local.get $range) (local.get $j))))
              (local.get $sh)))
            (v128.store (i32.add (local.get $yrow) (local.get $j)) (local.get $y))
            (local.set $t (i32.add (local.get $total) (local.get $j)))
            (v128.store (local.get $t) (f64x2.add (v128.load (local.get $t)) (local.get $y)))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col)))
        (call $logs (local.get $yrow) (local.get $lrow) (local.get $m))
        (local.set $j (i32.const 0))
        (block $sumsDone
          (loop $col2
            (br_if $sumsDone (i32.ge_u (local.get $j) (local.get $cols)))
            (local.set $y (v128.load (i32.add (local.get $yrow) (local.get $j))))
            (local.set $t (i32.add (local.get $sum) (local.get $j)))
            (v128.store (local.get $t) (f64x2.add (v128.load (local.get $t))
              (v128.and
                (f64x2.mul (local.get $y) (v128.load (i32.add (local.get $lrow) (local.get $j))))
                (f64x2.gt (local.get $y) (v128.const i64x2 0 0)))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col2)))
        (local.set $x (i32.add (local.get $x) (local.get $cols)))
        (br $row))))

  ;; Column minima and maxima (normalize.ts columnRange): min_j = x < min_j ? x : min_j (pmin),
  ;; max_j = x > max_j ? x : max_j (pmax), row by row.
  (func (export "range")
    (param $x i32) (param $n i32) (param $m i32) (param $min i32) (param $max i32)
    (local $end i32) (local $cols i32) (local $j i32) (local $t i32) (local $v v128)
    (local.set $cols (i32.shl (local.get $m) (i32.const 3)))
    (local.set $end (i32.add (local.get $x) (i32.mul (local.get $n) (local.get $cols))))
    (block $rowsDone
      (loop $row
        (br_if $rowsDone (i32.ge_u (local.get $x) (local.get $end)))
        (local.set $j (i32.const 0))
        (block $colsDone
          (loop $col
            (br_if $colsDone (i32.ge_u (local.get $j) (local.get $cols)))
            (local.set $v (v128.load (i32.add (local.get $x) (local.get $j))))
            (local.set $t (i32.add (local.get $min) (local.get $j)))
            (v128.store (local.get $t) (f64x2.pmin (v128.load (local.get $t)) (local.get $v)))
            (local.set $t (i32.add (local.get $max) (local.get $j)))
            (v128.store (local.get $t) (f64x2.pmax (v128.load (local.get $t)) (local.get $v)))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $col)))
        (local.set $x (i32.add (local.get $x) (local.get $cols)))
        (br $row))))

  ;; Weighted index sums (weighted-index.ts unitIndex) of rows [r0, r1), two rows per lane pair:
  ;; v = (coef_j x − base_j)/range_j; s += v w_j; s2 += (v w_j) v, j = 0…m−1 in order; s of row
  ;; r0 + i to out[i], s2 to out2[i] (an odd last row is computed twice; out has one spare slot).
  (func (export "weighted")
    (param $x i32) (param $m i32) (param $r0 i32) (param $r1 i32) (param $coef i32) (param $base i32)
    (param $range i32) (param $w i32) (param $out i32) (param $out2 i32)
    (local $cols i32) (local $j i32) (local $p0 i32) (local $p1 i32)
    (local $v v128) (local $vw v128) (local $s v128) (local $s2 v128)
    (local.set $cols (i32.shl (local.get $m) (i32.const 3)))
    (block $rowsDone
      (loop $row
        (br_if $rowsDone (i32.ge_u (local.get $r0) (local.get $r1)))
        (local.set $p0 (i32.add (local.get $x) (i32.mul (local.get $r0) (local.get $cols))))
        (local.set $p1 (select
          (i32.add (local.get $p0) (local.get $cols))
          (local.get $p0)
          (i32.lt_u (i32.add (local.get $r0) (i32.const 1)) (local.get $r1))))
        (local.set $s (v128.const i64x2 0 0))
        (local.set $s2 (v128.const i64x2 0 0))
        (local.set $j (i32.const 0))
        (block $colsDone
          (loop $col
            (br_if $colsDone (i32.ge_u (local.get $j) (local.get $cols)))
            (local.set $v (f64x2.div
              (f64x2.sub
                (f64x2.mul (v128.load64_splat (i32.add (local.get $coef) (local.get $j)))
                  (v128.load64_lane 1 (i32.add (local.get $p1) (local.get $j))
                    (v128.load64_zero (i32.add (local.get $p0) (local.get $j)))))
                (v128.load64_splat (i32.add (local.get $base) (local.get $j))))
              (v128.load64_splat (i32.add (local.get $range) (local.get $j)))))
            (local.set $vw (f64x2.mul (local.get $v) (v128.load64_splat (i32.add (local.get $w) (local.get $j)))))
            (local.set $s (f64x2.add (local.get $s) (local.get $vw)))
            (local.set $s2 (f64x2.add (local.get $s2) (f64x2.mul (local.get $vw) (local.get $v))))
            (local.set $j (i32.add (local.get $j) (i32.const 8)))
            (br $col)))
        (v128.store (local.get $out) (local.get $s))
        (v128.store (local.get $out2) (local.get $s2))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (local.set $out2 (i32.add (local.get $out2) (i32.const 16)))
        (local.set $r0 (i32.add (local.get $r0) (i32.const 2)))
        (br $row))))
  ;; Obstacle degrees (obstacle-degree.ts forEachObstacleRow, [0, 1] scaling folded in) of rows
  ;; [r0, r1), two rows per lane pair: d_j = (1 − (coef_j x − base_j)/range_j) w_j, total = Σ_j d_j
  ;; in column order; then d_j · (1/total), or d_j / total where 1/total overflows, or +0 where
  ;; total ≤ 0. Row r0 + i goes to out + i·m·8 (an odd last row is computed twice; out has one
  ;; spare row).
  (func (export "obstacle")
    (param $x i32) (param $m i32) (param $r0 i32) (param $r1 i32) (param $coef i32) (param $base i32)
    (param $range i32) (param $w i32) (param $out i32)
    (local $cols i32) (local $j i32) (local $p0 i32) (local $p1 i32) (local $o1 i32)
    (local $d v128) (local $total v128) (local $inv v128) (local $ok v128)
    (local.set $cols (i32.shl (local.get $m) (i32.const 3)))
    (block $rowsDone
      (loop $row
        (br_if $rowsDone (i32.ge_u (local.get $r0) (local.get $r1)))
        (local.set $p0 (i32.add (local.get $x) (i32.mul (local.get $r0) (local.get $cols))))
        (local.set $p1 (select
          (i32.add (local.get $p0) (local.get $cols))
          (local.get $p0)
          (i32.lt_u (i32.add (local.get $r0) (i32.const 1)) (local.get $r1))))
        (local.set $o1 (i32.add (local.get $out) (local.get $cols)))
        (local.set $total (v128.const i64x2 0 0))
        (local.set $j (i32.const 0))
        (block $colsDone
          (loop $col
            (br_if $colsDone (i32.ge_u (local.get $j) (local.get $cols)))
            (local.set $d (f64x2.mul
              (f64x2.sub (v128.load offset=144 (i32.const 0))
                (f64x2.div
                  (f64x2.sub
                    (f64x2.mul (v128.load64_splat (i32.add (local.get $coef) (local.get $j)))
                      (v128.load64_lane 1 (i32.add (local.get $p1) (local.get $j))
                        (v128.load64_zero (i32.add (local.get $p0) (local.get $j)))))
                    (v128.load64_splat (i32.add (local.get $base) (local.get $j))))
                  (v128.load64_splat (i32.add (local.get $range) (local.get $j)))))
              (v128.load64_splat (i32.add (local.get $w) (local.get $j)))))
            (v128.store64_lane 0 (i32.add (local.get $out) (local.get $j)) (local.get $d))
            (v128.store64_lane 1 (i32.add (local.get $o1) (local.get $j)) (local.get $d))
            (local.set $total (f64x2.add (local.get $total) (local.get $d)))
            (local.set $j (i32.add (local.get $j) (i32.const 8)))
            (br $col)))
        (local.set $inv (f64x2.div (v128.load offset=144 (i32.const 0)) (local.get $total)))
        ;; total > 0 and 1/total finite: multiply (the usual case, one branch per pair of rows)
        (local.set $ok (v128.and
          (f64x2.gt (local.get $total) (v128.const i64x2 0 0))
          (f64x2.lt (local.get $inv) (v128.const i64x2 0x7ff0000000000000 0x7ff0000000000000))))
        (local.set $j (i32.const 0))
        (if (i64x2.all_true (local.get $ok))
          (then
            (block $mulDone
              (loop $mul
                (br_if $mulDone (i32.ge_u (local.get $j) (local.get $cols)))
                (local.set $d (f64x2.mul (local.get $inv)
                  (v128.load64_lane 1 (i32.add (local.get $o1) (local.get $j))
                    (v128.load64_zero (i32.add (local.get $out) (local.get $j))))))
                (v128.store64_lane 0 (i32.add (local.get $out) (local.get $j)) (local.get $d))
                (v128.store64_lane 1 (i32.add (local.get $o1) (local.get $j)) (local.get $d))
                (local.set $j (i32.add (local.get $j) (i32.const 8)))
                (br $mul))))
          (else
            (block $genDone
              (loop $gen
                (br_if $genDone (i32.ge_u (local.get $j) (local.get $cols)))
                (local.set $d
                  (v128.load64_lane 1 (i32.add (local.get $o1) (local.get $j))
                    (v128.load64_zero (i32.add (local.get $out) (local.get $j)))))
                (local.set $d (v128.bitselect
                  (f64x2.mul (local.get $d) (local.get $inv))
                  (v128.and
                    (f64x2.div (local.get $d) (local.get $total))
                    (f64x2.gt (local.get $total) (v128.const i64x2 0 0)))
                  (local.get $ok)))
                (v128.store64_lane 0 (i32.add (local.get $out) (local.get $j)) (local.get $d))
                (v128.store64_lane 1 (i32.add (local.get $o1) (local.get $j)) (local.get $d))
                (local.set $j (i32.add (local.get $j) (i32.const 8)))
                (br $gen)))))
        (local.set $out (i32.add (local.get $o1) (local.get $cols)))
        (local.set $r0 (i32.add (local.get $r0) (i32.const 2)))
        (br $row))))
)
