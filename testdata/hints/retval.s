# kernel: At program exit the register R0 has smin=7 smax=7 should have been in [0, 1]
# hint: return-range
.section cgroup/skb
	r0 = 7
	exit
