import math, random, sys
def critic(vals, n, m):
    mean=[0.0]*m
    for i in range(n):
        for j in range(m): mean[j]+=vals[i*m+j]
    for j in range(m): mean[j]/=n
    s=[0.0]*(m*m); d=[0.0]*m
    for i in range(n):
        for j in range(m): d[j]=vals[i*m+j]-mean[j]
        for j in range(m):
            dj=d[j]
            if dj==0: continue
            for k in range(j,m): s[j*m+k]+=dj*d[k]
    sigma=[math.sqrt(s[j*m+j]/(n-1)) for j in range(m)]
    varies=[j for j in range(m) if s[j*m+j]>0]
    total=0.0; K=[]
    for j in varies:
        conflict=0.0
        for k in varies:
            if k==j: continue
            a,b=(j,k) if j<k else (k,j)
            r=s[a*m+b]/math.sqrt(s[a*m+a]*s[b*m+b])
            conflict+=1-(1 if r>1 else (-1 if r<-1 else r))
        K.append(conflict*2**53)
        total+=sigma[j]*conflict
    ss=0.0
    for j in varies: ss+=sigma[j]
    return total, 1e-12*ss, K, sigma
