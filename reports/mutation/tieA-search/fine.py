import math, random, pickle, sys
from critic import critic
exec(open('solve.py').read().split("lo,hi=0.0,1e-5\nfor")[0])  # defs
eta,g=pickle.load(open('sol.pkl','rb'))
random.seed(int(sys.argv[1]) if len(sys.argv)>1 else 1)
def ulp(x): return math.ulp(x)
def run(B):
    vals=[]
    for i in range(n): vals+=[A[i],A[i],B[i],B[i],B[i]]
    return critic(vals,n,5)
hist={}
found=None
gshift=0.0
for trial in range(200000):
    if trial%2000==0:
        # retarget
        tgt=3753.0+random.uniform(-6,3)
        g2=solve_gam(eta,tgt)
    B=colB(eta,g2)
    B=[B[i] if i<2 else B[i]+random.randint(-40,40)*ulp(B[i]) for i in range(n)]
    tot,thr,K,sig=run(B)
    X=K[2]/2
    hist[X]=hist.get(X,0)+1
    if K==[11259.0,11259.0,7506.0,7506.0,7506.0]:
        d=(tot-thr)/ulp(thr)
        best=min(best,abs(d)) if 'best' in dir() else abs(d)
        if abs(d)<50: print(trial,d,flush=True)
        if tot==thr:
            found=B; print("FOUND",[repr(x) for x in B]); break
print(sorted(hist.items())[:20]); print('best',best)
