r0 = frob
exit
