import math, random
from critic import critic
from fractions import Fraction as F
k=1e-12*2**53
rho=(3*k-22518)/(22518-2*k)
A=[0.0,1.0,0.01,0.99,0.02,0.98,0.03,0.97,0.045,0.955]; n=10
w0=[0,0,1,-1,-1,1,1,-1,-1,1]
def _proj(w,v):
    idx=range(2,n); vv=[v[i] for i in idx]; mv=sum(vv)/len(vv); vc=[x-mv for x in vv]
    ww=[w[i] for i in idx]; mw=sum(ww)/len(ww); wc=[x-mw for x in ww]
    c=sum(a*b for a,b in zip(wc,vc))/sum(a*a for a in vc)
    return [0,0]+[a-c*b for a,b in zip(wc,vc)]
w=_proj(w0,A)
def colB(eta,gam): return [A[i] if i<2 else A[i]+eta*(A[i]-0.5)+gam*w[i] for i in range(n)]
def exact(A,B):
    # exact rational stats
    FA=[F(x) for x in A]; FB=[F(x) for x in B]
    ma=sum(FA)/n; mb=sum(FB)/n
    saa=sum((x-ma)**2 for x in FA); sbb=sum((x-mb)**2 for x in FB); sab=sum((x-ma)*(y-mb) for x,y in zip(FA,FB))
    return saa,sbb,sab
def feats(eta,gam):
    B=colB(eta,gam); saa,sbb,sab=exact(A,B)
    one_minus_r = 1-float(sab)/math.sqrt(float(saa)*float(sbb))  # coarse
    # better: 1-r = (sqrt(saa sbb)-sab)/sqrt(saa sbb) = (saa sbb - sab^2)/(sqrt(saa sbb)(sqrt(saa sbb)+sab))
    num=saa*sbb-sab*sab; den=math.sqrt(float(saa*sbb))
    omr=float(num)/(den*(den+float(sab)))
    ratio=math.sqrt(float(saa)/float(sbb))
    return omr*2**53, ratio
def solve_gam(eta, target=3753.0):
    lo,hi=0.0,1e-5
    for _ in range(200):
        mid=(lo+hi)/2
        if feats(eta,mid)[0]<target: lo=mid
        else: hi=mid
    return lo
lo,hi=0.0,1e-5
for _ in range(100):
    eta=(lo+hi)/2; g=solve_gam(eta); K,ra=feats(eta,g)
    if ra>rho: lo=eta
    else: hi=eta
print(eta,g,feats(eta,g),rho)
import pickle; pickle.dump((eta,g),open('sol.pkl','wb'))
B=colB(eta,g); print([repr(x) for x in B])
vals=[]
for i in range(n): vals+= [A[i],A[i],B[i],B[i],B[i]]
print(critic(vals,n,5))
