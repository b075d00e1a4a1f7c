# Tester: independent numpy check of a demo workbook (method.md): python3 demo_oracle.py CONFIG.json out/recc-results.xlsx DATA.csv
# prints max |difference| of S, P, C, weights, normalized, CCD, TOPSIS, obstacles and grade/region/rank mismatches.
import json, sys, csv, numpy as np
from readx import read
def frac(v):
    if v is None: return None
    if isinstance(v,str):
        if '/' in v: p,q=v.split('/'); return float(p)/float(q)
        return float(v)
    return float(v)
def fullmat(M,n):
    A=np.ones((n,n))
    if M is None: return A
    for i in range(n):
        for j in range(n):
            v=frac(M[i][j]) if i<len(M) and j<len(M[i]) else None
            if v is not None: A[i,j]=v
    for i in range(n):
        for j in range(n):
            if i>j and (len(M)<=i or j>=len(M[i]) or M[i][j] is None):
                A[i,j]=1/A[j,i] if (j<len(M) and i<len(M[j]) and M[j][i] is not None) else 1
            if i<j and (len(M)<=i or j>=len(M[i]) or M[i][j] is None):
                A[i,j]=1/frac(M[j][i]) if (j<len(M) and i<len(M[j]) and M[j][i] is not None) else 1
    return A
def eig(A):
    w,v=np.linalg.eig(A); k=np.argmax(w.real); x=np.abs(v[:,k].real); return x/x.sum(), w[k].real
cfg=json.load(open(sys.argv[1])); out=read(sys.argv[2])
rows=list(csv.DictReader(open(sys.argv[3])))
ind=cfg['indicators']; names=[i['name'] for i in ind]
X=np.array([[float(r[n]) for n in names] for r in rows])
d=np.array([i['direction'] for i in ind]); role=np.array([i['role'] for i in ind])
mn,mx=X.min(0),X.max(0)
N=np.where(d>0,(X-mn)/(mx-mn),(mx-X)/(mx-mn))
wt=cfg.get('weighting',{}); method=wt.get('method','entropy'); obj=wt.get('objective','entropy')
def entropy(Z):
    n=len(Z); P=Z/Z.sum(0); L=np.where(P>0,P*np.log(np.where(P>0,P,1)),0); e=-L.sum(0)/np.log(n); dd=1-e; return dd/dd.sum()
def critic(Z):
    s=Z.std(0,ddof=1); R=np.corrcoef(Z.T); C=s*(1-R).sum(0); return C/C.sum()
W=np.zeros(len(ind)); AH=np.zeros(len(ind)); OB=np.zeros(len(ind))
for sysn in ['support','pressure']:
    idx=np.where(role==sysn)[0]
    o=entropy(N[:,idx]) if obj=='entropy' else critic(N[:,idx]); OB[idx]=o
    ahp=wt.get('ahp',{}); lvl=ahp.get('level','subsystem')
    subs=[]; 
    for j in idx:
        s=ind[j]['subsystem'].strip().lower()
        if s not in subs: subs.append(s)
    m=len(idx) if lvl=='indicator' else len(subs)
    if 'experts' in ahp:
        ws=np.array([e.get('weight',1) for e in ahp['experts']],float); ws/=ws.sum()
        G=np.ones((m,m))
        for e,lam in zip(ahp['experts'],ws): G*=fullmat(e.get('matrices',{}).get(sysn),m)**lam
    else: G=fullmat(ahp.get('matrices',{}).get(sysn),m)
    a,_=eig(G)
    if lvl=='indicator': AH[idx]=a
    else:
        for k,j in enumerate(idx):
            s=ind[j]['subsystem'].strip().lower(); si=subs.index(s); cnt=sum(1 for jj in idx if ind[jj]['subsystem'].strip().lower()==s)
            AH[j]=a[si]/cnt
    if method=='entropy': W[idx]=o
    elif method=='ahp': W[idx]=AH[idx]
    else:
        cm=wt.get('combine',{}).get('method','multiplicative'); al=wt.get('combine',{}).get('alpha',0.5)
        if cm=='multiplicative': c=AH[idx]*o; c/=c.sum()
        elif cm=='linear': c=al*AH[idx]+(1-al)*o
        elif cm=='geometric': c=np.sqrt(AH[idx]*o); c/=c.sum()
        elif cm=='game':
            A_=AH[idx]; E_=o; M=np.array([[A_@A_,A_@E_],[E_@A_,E_@E_]]); alpha=np.linalg.solve(M,[A_@A_,E_@E_]); alpha=np.abs(alpha)/np.abs(alpha).sum(); c=alpha[0]*A_+alpha[1]*E_
        W[idx]=c
sup=role=='support'; pre=role=='pressure'
S=N[:,sup]@(W[sup]/W[sup].sum()); P=N[:,pre]@(W[pre]/W[pre].sum()); C=P/S
lv=lambda x: np.where(x<1/3,0,np.where(x<2/3,1,2))
R=['I','II','III','IV','V','VI','VII','VIII','IX']; G=[R[3*p+s] for p,s in zip(lv(P),lv(S))]
def region(s,p):
    t=1e-12
    if p< s*s - t: return 'high-value surplus'
    if p<= s + t: return 'low-value surplus'
    if p<= np.sqrt(s)+t: return 'low-value load'
    return 'high-value load'
res=out['Results']; hdr=res[0]; body=res[1:1+len(rows)]
col=lambda n:[r[hdr.index(n)] for r in body]
YC=cfg.get('yearColumn'); off=2 if YC else 1
key=[(r[cfg['areaColumn']].strip(),float(r[YC]) if YC else 0.0) for r in rows]
okey=[(r[0],r[1] if YC else 0.0) for r in body]; assert key==okey, 'row order differs'
def md(a,b): return float(np.max(np.abs(np.array(a,float)-np.array(b,float))))
print('max|dS|',md(col('S'),S),'max|dP|',md(col('P'),P),'max|dC|',md(col('C'),C))
print('grade mismatches',sum(g!=h for g,h in zip(col('Grade'),G)),'region mismatches',sum(region(s,p)!=h for s,p,h in zip(S,P,col('Region'))))
wsh=out['Weights']; wh=wsh[0]; wb={r[0]:r for r in wsh[1:] if r and r[0] in names}
used=[wb[n][len(wh)-1] for n in names]; print('weights used',np.round(used,6),'oracle',np.round(W,6),'max|dW|',md(used,W))
ent=[wb[n][4] for n in names]; print('objective col max|d|',md(ent,OB))
if any('AHP' in h for h in wh): 
    ah=[wb[n][wh.index('AHP weight')] for n in names]; print('ahp max|d|',md(ah,AH))
nsh=out['Normalized']; print('normalized max|d|',md([r[off:off+len(names)] for r in nsh[1:1+len(rows)]],N))
if 'CCD' in out:
    cc=cfg['ccd'] if isinstance(cfg['ccd'],dict) else {}; var=cc.get('variant','standard')
    U=np.c_[S,P]
    if var=='standard': Cc=2*np.sqrt(S*P)/(S+P)
    else: Cc=np.sqrt((1-np.abs(S-P))*(np.minimum(S,P)/np.maximum(S,P)))
    T=0.5*S+0.5*P; D=np.sqrt(Cc*T)
    cs=out['CCD']; b=cs[1:1+len(rows)]
    print('CCD C/T/D max|d|',md([r[off+2] for r in b],Cc),md([r[off+3] for r in b],T),md([r[off+4] for r in b],D))
if 'TOPSIS' in out:
    tp=cfg['topsis'] if isinstance(cfg['topsis'],dict) else {}; nm=tp.get('normalization','vector')
    dd=np.where(sup,d,-d); ww=np.where(sup,W/W[sup].sum(),W/W[pre].sum()); ww=ww/ww.sum()
    if nm=='vector': Rm=X/np.sqrt((X**2).sum(0)); V=Rm*ww; best=np.where(dd>0,V.max(0),V.min(0)); worst=np.where(dd>0,V.min(0),V.max(0))
    else: Rm=np.where(dd>0,(X-mn)/(mx-mn),(mx-X)/(mx-mn)); V=Rm*ww; best=V.max(0); worst=V.min(0)
    Dp=np.sqrt(((V-best)**2).sum(1)); Dm=np.sqrt(((V-worst)**2).sum(1)); cl=Dm/(Dp+Dm)
    ts=out['TOPSIS']; b=ts[1:1+len(rows)]
    yrs=np.array([k[1] for k in key]); rk=np.array([ (cl[(yrs==y)]>c).sum()+1 for c,y in zip(cl,yrs)])
    print('TOPSIS closeness max|d|',md([r[off] for r in b],cl),'rank mismatches',int((np.array([r[off+1] for r in b])!=rk).sum()))
ws=W[sup]/W[sup].sum(); I=(1-N[:,sup])*ws; T=I.sum(1,keepdims=True); A=np.where(T>0,I/np.where(T>0,T,1),0)
ob=out['Obstacle degrees'][1:1+len(rows)]; print('obstacle max|d|',md([r[off:off+int(sup.sum())] for r in ob],A))
