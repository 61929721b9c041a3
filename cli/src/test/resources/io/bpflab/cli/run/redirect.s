# tc: bpf_redirect(3, BPF_F_INGRESS) returns TC_ACT_REDIRECT (7).
.section tc
	r1 = 3
	r2 = 1
	call bpf_redirect
	exit
