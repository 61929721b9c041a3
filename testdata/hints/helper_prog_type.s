# kernel: program of this type cannot use helper bpf_skb_load_bytes#26
# hint: helper-prog-type
.section xdp
	r2 = r10
	r2 += -8
	r3 = 4
	r4 = 0
	call bpf_skb_load_bytes
	r0 = 2
	exit
