# Hand-written: the same instructions without blanks, with extra blanks, and several per line.
*(u32*)(r10-4)=r1
r1=*(u64*)(r10-8)
if r1>r2 goto+1
r0+=1;r1-=2;w2*=3
r3 s>>= 2
	r4   =   r5
lock*(u64*)(r1+0)+=r2
r0=atomic_fetch_add((u64*)(r1+0),r0)
r1=0x1122334455667788ll
r2 = 1<<3|1
call 1;exit
