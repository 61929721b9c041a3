# Lab 4: a bounded loop. The only element of map nums holds u64 n followed by
# u64 numbers[16]; return the sum of numbers[0] .. numbers[n-1] (as a socket filter, the
# return value is what the test checks).
#
# The verifier walks the loop once per iteration, so it has to see that the loop ends
# within the 16 numbers: n comes from user space and can be anything.
.map nums, array, key=4, value=136, entries=1
.section socket
	r0 = 0
	exit
