	.text
	.file	"16_stack.c"
	.file	0 "/src" "16_stack.c" md5 0x40b3e48a9d747708dd969dc1997b0334
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	socket,"ax",@progbits
	.globl	stack                           # -- Begin function stack
	.p2align	3
	.type	stack,@function
stack:                                  # @stack
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: stack:skb <- $r1
	#DEBUG_VALUE: i <- 0
	.loc	0 6 40 prologue_end             # 16_stack.c:6:40
.Ltmp0:
	w2 = *(u32 *)(r1 + 48)
	.loc	0 6 38 is_stmt 0                # 16_stack.c:6:38
.Ltmp1:
	*(u64 *)(r10 - 64) = r2
.Ltmp2:
.Ltmp3:
	#DEBUG_VALUE: i <- 1
	.loc	0 6 40                          # 16_stack.c:6:40
.Ltmp4:
	w3 = *(u32 *)(r1 + 52)
	.loc	0 6 55                          # 16_stack.c:6:55
.Ltmp5:
	w4 = w3
	w4 += 1
	.loc	0 6 38                          # 16_stack.c:6:38
.Ltmp6:
	*(u64 *)(r10 - 56) = r4
.Ltmp7:
.Ltmp8:
	#DEBUG_VALUE: i <- 2
	.loc	0 6 40                          # 16_stack.c:6:40
.Ltmp9:
	w4 = *(u32 *)(r1 + 56)
	.loc	0 6 55                          # 16_stack.c:6:55
.Ltmp10:
	w5 = w4
	w5 += 2
	.loc	0 6 38                          # 16_stack.c:6:38
.Ltmp11:
	*(u64 *)(r10 - 48) = r5
.Ltmp12:
.Ltmp13:
	#DEBUG_VALUE: i <- 3
	.loc	0 6 40                          # 16_stack.c:6:40
.Ltmp14:
	w5 = *(u32 *)(r1 + 60)
	.loc	0 6 55                          # 16_stack.c:6:55
.Ltmp15:
	w5 += 3
	.loc	0 6 38                          # 16_stack.c:6:38
.Ltmp16:
	*(u64 *)(r10 - 40) = r5
.Ltmp17:
.Ltmp18:
	#DEBUG_VALUE: i <- 7
	.loc	0 6 55                          # 16_stack.c:6:55
.Ltmp19:
	w4 += 7
.Ltmp20:
.Ltmp21:
	#DEBUG_VALUE: i <- 4
	.loc	0 6 40                          # 16_stack.c:6:40
.Ltmp22:
	w1 = *(u32 *)(r1 + 64)
.Ltmp23:
.Ltmp24:
	.loc	0 6 38                          # 16_stack.c:6:38
.Ltmp25:
	*(u64 *)(r10 - 8) = r4
.Ltmp26:
.Ltmp27:
	#DEBUG_VALUE: i <- 6
	.loc	0 6 55                          # 16_stack.c:6:55
.Ltmp28:
	w3 += 6
	.loc	0 6 38                          # 16_stack.c:6:38
.Ltmp29:
	*(u64 *)(r10 - 16) = r3
.Ltmp30:
.Ltmp31:
	#DEBUG_VALUE: i <- 5
	.loc	0 6 55                          # 16_stack.c:6:55
.Ltmp32:
	w2 += 5
	.loc	0 6 38                          # 16_stack.c:6:38
.Ltmp33:
	*(u64 *)(r10 - 24) = r2
	.loc	0 6 55                          # 16_stack.c:6:55
.Ltmp34:
	w1 += 4
	.loc	0 6 38                          # 16_stack.c:6:38
.Ltmp35:
	*(u64 *)(r10 - 32) = r1
.Ltmp36:
.Ltmp37:
	#DEBUG_VALUE: i <- 8
	.loc	0 0 38                          # 16_stack.c:0:38
	r1 = r10
	r1 += -64
.Ltmp38:
.Ltmp39:
	.loc	0 7 15 is_stmt 1                # 16_stack.c:7:15
.Ltmp40:
	call fold
.Ltmp41:
                                        # kill: def $w0 killed $w0 killed $r0
	.loc	0 7 3 is_stmt 0                 # 16_stack.c:7:3
.Ltmp42:
	exit
.Ltmp43:
.Ltmp44:
.Lfunc_end0:
	.size	stack, .Lfunc_end0-stack
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function fold
	.type	fold,@function
fold:                                   # @fold
.Lfunc_begin1:
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: fold:b <- $r1
	#DEBUG_VALUE: i <- 1
	#DEBUG_VALUE: fold:s <- 0
	.loc	0 3 108 prologue_end is_stmt 1  # 16_stack.c:3:108
.Ltmp45:
	r2 = *(u64 *)(r1 + 8)
	.loc	0 3 116 is_stmt 0               # 16_stack.c:3:116
.Ltmp46:
	r2 <<= 1
	.loc	0 3 108                         # 16_stack.c:3:108
.Ltmp47:
	r3 = *(u64 *)(r1 + 0)
.Ltmp48:
.Ltmp49:
	#DEBUG_VALUE: fold:s <- $r3
	.loc	0 3 105                         # 16_stack.c:3:105
.Ltmp50:
	r2 ^= r3
.Ltmp51:
.Ltmp52:
	#DEBUG_VALUE: fold:s <- $r2
	#DEBUG_VALUE: i <- 2
	.loc	0 3 108                         # 16_stack.c:3:108
.Ltmp53:
	r3 = *(u64 *)(r1 + 16)
	.loc	0 3 116                         # 16_stack.c:3:116
.Ltmp54:
	r3 *= 3
	.loc	0 3 105                         # 16_stack.c:3:105
.Ltmp55:
	r3 ^= r2
.Ltmp56:
.Ltmp57:
	#DEBUG_VALUE: fold:s <- $r3
	#DEBUG_VALUE: i <- 3
	.loc	0 3 108                         # 16_stack.c:3:108
.Ltmp58:
	r2 = *(u64 *)(r1 + 24)
	.loc	0 3 116                         # 16_stack.c:3:116
.Ltmp59:
	r2 <<= 2
	.loc	0 3 105                         # 16_stack.c:3:105
.Ltmp60:
	r2 ^= r3
.Ltmp61:
.Ltmp62:
	#DEBUG_VALUE: fold:s <- $r2
	#DEBUG_VALUE: i <- 4
	.loc	0 3 108                         # 16_stack.c:3:108
.Ltmp63:
	r3 = *(u64 *)(r1 + 32)
	.loc	0 3 116                         # 16_stack.c:3:116
.Ltmp64:
	r3 *= 5
	.loc	0 3 105                         # 16_stack.c:3:105
.Ltmp65:
	r3 ^= r2
.Ltmp66:
.Ltmp67:
	#DEBUG_VALUE: fold:s <- $r3
	#DEBUG_VALUE: i <- 5
	.loc	0 3 108                         # 16_stack.c:3:108
.Ltmp68:
	r2 = *(u64 *)(r1 + 40)
	.loc	0 3 116                         # 16_stack.c:3:116
.Ltmp69:
	r2 *= 6
	.loc	0 3 105                         # 16_stack.c:3:105
.Ltmp70:
	r2 ^= r3
.Ltmp71:
.Ltmp72:
	#DEBUG_VALUE: fold:s <- $r2
	#DEBUG_VALUE: i <- 6
	.loc	0 3 108                         # 16_stack.c:3:108
.Ltmp73:
	r3 = *(u64 *)(r1 + 48)
	.loc	0 3 116                         # 16_stack.c:3:116
.Ltmp74:
	r3 *= 7
	.loc	0 3 105                         # 16_stack.c:3:105
.Ltmp75:
	r3 ^= r2
.Ltmp76:
.Ltmp77:
	#DEBUG_VALUE: fold:s <- $r3
	#DEBUG_VALUE: i <- 7
	.loc	0 3 108                         # 16_stack.c:3:108
.Ltmp78:
	r0 = *(u64 *)(r1 + 56)
	.loc	0 3 116                         # 16_stack.c:3:116
.Ltmp79:
	r0 <<= 3
	.loc	0 3 105                         # 16_stack.c:3:105
.Ltmp80:
	r0 ^= r3
.Ltmp81:
.Ltmp82:
	#DEBUG_VALUE: fold:s <- $r0
	#DEBUG_VALUE: i <- 8
	.loc	0 3 127                         # 16_stack.c:3:127
.Ltmp83:
	exit
.Ltmp84:
.Ltmp85:
.Lfunc_end1:
	.size	fold, .Lfunc_end1-fold
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	4                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	3                               # DW_LLE_startx_length
	.byte	1                               #   start index
	.uleb128 .Ltmp23-.Lfunc_begin0          #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	1                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp2-.Lfunc_begin0           #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	0                               # 0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp7-.Lfunc_begin0           #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	1                               # 1
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp12-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	2                               # 2
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp12-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp17-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	3                               # 3
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp17-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp20-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	7                               # 7
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp20-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	4                               # 4
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp26-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp30-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	6                               # 6
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp30-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp36-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	5                               # 5
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp36-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	8                               # 8
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp51-.Lfunc_begin1          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	1                               # 1
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp51-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp56-.Lfunc_begin1          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	2                               # 2
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp56-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp61-.Lfunc_begin1          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	3                               # 3
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp61-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp66-.Lfunc_begin1          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	4                               # 4
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp66-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp71-.Lfunc_begin1          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	5                               # 5
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp71-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp76-.Lfunc_begin1          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	6                               # 6
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp76-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp81-.Lfunc_begin1          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	7                               # 7
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp81-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	8                               # 8
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp48-.Lfunc_begin1          #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp48-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp51-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp51-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp56-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp56-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp61-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp61-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp66-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp66-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp71-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp71-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp76-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp76-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp81-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp81-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	1                               # DW_FORM_addr
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	116                             # DW_AT_rnglists_base
	.byte	23                              # DW_FORM_sec_offset
	.ascii	"\214\001"                      # DW_AT_loclists_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	22                              # DW_TAG_typedef
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x19c DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.quad	0                               # DW_AT_low_pc
	.byte	0                               # DW_AT_ranges
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2f:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	1                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0xc DW_TAG_array_type
	.long	70                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3f:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x46:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x4a:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	5                               # Abbrev [5] 0x4e:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x52:0x3a DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	78                              # DW_AT_type
                                        # DW_AT_external
	.byte	8                               # Abbrev [8] 0x61:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	230                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x6a:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	203                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x75:0x10 DW_TAG_lexical_block
	.byte	1                               # DW_AT_low_pc
	.long	.Ltmp38-.Lfunc_begin0           # DW_AT_high_pc
	.byte	11                              # Abbrev [11] 0x7b:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	35                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	78                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x85:0x6 DW_TAG_call_site
	.long	140                             # DW_AT_call_origin
	.byte	2                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x8c:0x33 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	191                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0x9b:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	418                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0xa5:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	36                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	191                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xae:0x10 DW_TAG_lexical_block
	.byte	3                               # DW_AT_low_pc
	.long	.Ltmp81-.Lfunc_begin1           # DW_AT_high_pc
	.byte	11                              # Abbrev [11] 0xb4:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	35                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	78                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xbf:0x8 DW_TAG_typedef
	.long	199                             # DW_AT_type
	.byte	10                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xc7:0x4 DW_TAG_base_type
	.byte	9                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	16                              # Abbrev [16] 0xcb:0xf DW_TAG_structure_type
	.byte	13                              # DW_AT_name
	.byte	64                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	17                              # Abbrev [17] 0xd0:0x9 DW_TAG_member
	.byte	12                              # DW_AT_name
	.long	218                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0xda:0xc DW_TAG_array_type
	.long	191                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0xdf:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	8                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0xe6:0x5 DW_TAG_pointer_type
	.long	235                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xeb:0x9f DW_TAG_structure_type
	.byte	34                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	17                              # Abbrev [17] 0xf0:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0xf9:0x9 DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x102:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x10b:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x114:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x11d:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x126:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x12f:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x138:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x141:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x14a:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x153:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x15c:0x9 DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	406                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x165:0x9 DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x16e:0x9 DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x177:0x9 DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	17                              # Abbrev [17] 0x180:0x9 DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x18a:0x8 DW_TAG_typedef
	.long	402                             # DW_AT_type
	.byte	17                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x192:0x4 DW_TAG_base_type
	.byte	16                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x196:0xc DW_TAG_array_type
	.long	394                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x19b:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x1a2:0x5 DW_TAG_pointer_type
	.long	203                             # DW_AT_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	3                               # DW_RLE_startx_length
	.byte	1                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	3                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	152                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"16_stack.c"                    # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=51
.Linfo_string3:
	.asciz	"_license"                      # string offset=56
.Linfo_string4:
	.asciz	"char"                          # string offset=65
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=70
.Linfo_string6:
	.asciz	"int"                           # string offset=90
.Linfo_string7:
	.asciz	"stack"                         # string offset=94
.Linfo_string8:
	.asciz	"fold"                          # string offset=100
.Linfo_string9:
	.asciz	"unsigned long long"            # string offset=105
.Linfo_string10:
	.asciz	"__u64"                         # string offset=124
.Linfo_string11:
	.asciz	"b"                             # string offset=130
.Linfo_string12:
	.asciz	"a"                             # string offset=132
.Linfo_string13:
	.asciz	"big"                           # string offset=134
.Linfo_string14:
	.asciz	"skb"                           # string offset=138
.Linfo_string15:
	.asciz	"len"                           # string offset=142
.Linfo_string16:
	.asciz	"unsigned int"                  # string offset=146
.Linfo_string17:
	.asciz	"__u32"                         # string offset=159
.Linfo_string18:
	.asciz	"pkt_type"                      # string offset=165
.Linfo_string19:
	.asciz	"mark"                          # string offset=174
.Linfo_string20:
	.asciz	"queue_mapping"                 # string offset=179
.Linfo_string21:
	.asciz	"protocol"                      # string offset=193
.Linfo_string22:
	.asciz	"vlan_present"                  # string offset=202
.Linfo_string23:
	.asciz	"vlan_tci"                      # string offset=215
.Linfo_string24:
	.asciz	"vlan_proto"                    # string offset=224
.Linfo_string25:
	.asciz	"priority"                      # string offset=235
.Linfo_string26:
	.asciz	"ingress_ifindex"               # string offset=244
.Linfo_string27:
	.asciz	"ifindex"                       # string offset=260
.Linfo_string28:
	.asciz	"tc_index"                      # string offset=268
.Linfo_string29:
	.asciz	"cb"                            # string offset=277
.Linfo_string30:
	.asciz	"hash"                          # string offset=280
.Linfo_string31:
	.asciz	"tc_classid"                    # string offset=285
.Linfo_string32:
	.asciz	"data"                          # string offset=296
.Linfo_string33:
	.asciz	"data_end"                      # string offset=301
.Linfo_string34:
	.asciz	"__sk_buff"                     # string offset=310
.Linfo_string35:
	.asciz	"i"                             # string offset=320
.Linfo_string36:
	.asciz	"s"                             # string offset=322
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.long	.Linfo_string14
	.long	.Linfo_string15
	.long	.Linfo_string16
	.long	.Linfo_string17
	.long	.Linfo_string18
	.long	.Linfo_string19
	.long	.Linfo_string20
	.long	.Linfo_string21
	.long	.Linfo_string22
	.long	.Linfo_string23
	.long	.Linfo_string24
	.long	.Linfo_string25
	.long	.Linfo_string26
	.long	.Linfo_string27
	.long	.Linfo_string28
	.long	.Linfo_string29
	.long	.Linfo_string30
	.long	.Linfo_string31
	.long	.Linfo_string32
	.long	.Linfo_string33
	.long	.Linfo_string34
	.long	.Linfo_string35
	.long	.Linfo_string36
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	.Lfunc_begin0
	.quad	.Ltmp41
	.quad	.Lfunc_begin1
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	544
	.long	544
	.long	302
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	2
	.long	1                               # BTF_KIND_STRUCT(id = 2)
	.long	67108881                        # 0x4000011
	.long	84
	.long	11
	.long	3
	.long	0                               # 0x0
	.long	15
	.long	3
	.long	32                              # 0x20
	.long	24
	.long	3
	.long	64                              # 0x40
	.long	29
	.long	3
	.long	96                              # 0x60
	.long	43
	.long	3
	.long	128                             # 0x80
	.long	52
	.long	3
	.long	160                             # 0xa0
	.long	65
	.long	3
	.long	192                             # 0xc0
	.long	74
	.long	3
	.long	224                             # 0xe0
	.long	85
	.long	3
	.long	256                             # 0x100
	.long	94
	.long	3
	.long	288                             # 0x120
	.long	110
	.long	3
	.long	320                             # 0x140
	.long	118
	.long	3
	.long	352                             # 0x160
	.long	127
	.long	5
	.long	384                             # 0x180
	.long	130
	.long	3
	.long	544                             # 0x220
	.long	135
	.long	3
	.long	576                             # 0x240
	.long	146
	.long	3
	.long	608                             # 0x260
	.long	151
	.long	3
	.long	640                             # 0x280
	.long	160                             # BTF_KIND_TYPEDEF(id = 3)
	.long	134217728                       # 0x8000000
	.long	4
	.long	166                             # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_ARRAY(id = 5)
	.long	50331648                        # 0x3000000
	.long	0
	.long	3
	.long	6
	.long	5
	.long	179                             # BTF_KIND_INT(id = 6)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 7)
	.long	218103809                       # 0xd000001
	.long	8
	.long	199
	.long	1
	.long	203                             # BTF_KIND_INT(id = 8)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	207                             # BTF_KIND_FUNC(id = 9)
	.long	201326593                       # 0xc000001
	.long	7
	.long	0                               # BTF_KIND_PTR(id = 10)
	.long	33554432                        # 0x2000000
	.long	11
	.long	236                             # BTF_KIND_STRUCT(id = 11)
	.long	67108865                        # 0x4000001
	.long	64
	.long	240
	.long	14
	.long	0                               # 0x0
	.long	242                             # BTF_KIND_TYPEDEF(id = 12)
	.long	134217728                       # 0x8000000
	.long	13
	.long	248                             # BTF_KIND_INT(id = 13)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_ARRAY(id = 14)
	.long	50331648                        # 0x3000000
	.long	0
	.long	12
	.long	6
	.long	8
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 15)
	.long	218103809                       # 0xd000001
	.long	12
	.long	267
	.long	10
	.long	269                             # BTF_KIND_FUNC(id = 16)
	.long	201326592                       # 0xc000000
	.long	15
	.long	280                             # BTF_KIND_INT(id = 17)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 18)
	.long	50331648                        # 0x3000000
	.long	0
	.long	17
	.long	6
	.long	4
	.long	285                             # BTF_KIND_VAR(id = 19)
	.long	234881024                       # 0xe000000
	.long	18
	.long	1
	.long	294                             # BTF_KIND_DATASEC(id = 20)
	.long	251658241                       # 0xf000001
	.long	0
	.long	19
	.long	_license
	.long	4
	.byte	0                               # string offset=0
	.ascii	"__sk_buff"                     # string offset=1
	.byte	0
	.ascii	"len"                           # string offset=11
	.byte	0
	.ascii	"pkt_type"                      # string offset=15
	.byte	0
	.ascii	"mark"                          # string offset=24
	.byte	0
	.ascii	"queue_mapping"                 # string offset=29
	.byte	0
	.ascii	"protocol"                      # string offset=43
	.byte	0
	.ascii	"vlan_present"                  # string offset=52
	.byte	0
	.ascii	"vlan_tci"                      # string offset=65
	.byte	0
	.ascii	"vlan_proto"                    # string offset=74
	.byte	0
	.ascii	"priority"                      # string offset=85
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=94
	.byte	0
	.ascii	"ifindex"                       # string offset=110
	.byte	0
	.ascii	"tc_index"                      # string offset=118
	.byte	0
	.ascii	"cb"                            # string offset=127
	.byte	0
	.ascii	"hash"                          # string offset=130
	.byte	0
	.ascii	"tc_classid"                    # string offset=135
	.byte	0
	.ascii	"data"                          # string offset=146
	.byte	0
	.ascii	"data_end"                      # string offset=151
	.byte	0
	.ascii	"__u32"                         # string offset=160
	.byte	0
	.ascii	"unsigned int"                  # string offset=166
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=179
	.byte	0
	.ascii	"skb"                           # string offset=199
	.byte	0
	.ascii	"int"                           # string offset=203
	.byte	0
	.ascii	"stack"                         # string offset=207
	.byte	0
	.ascii	"socket"                        # string offset=213
	.byte	0
	.ascii	"/src/16_stack.c"               # string offset=220
	.byte	0
	.ascii	"big"                           # string offset=236
	.byte	0
	.byte	97                              # string offset=240
	.byte	0
	.ascii	"__u64"                         # string offset=242
	.byte	0
	.ascii	"unsigned long long"            # string offset=248
	.byte	0
	.byte	98                              # string offset=267
	.byte	0
	.ascii	"fold"                          # string offset=269
	.byte	0
	.ascii	".text"                         # string offset=274
	.byte	0
	.ascii	"char"                          # string offset=280
	.byte	0
	.ascii	"_license"                      # string offset=285
	.byte	0
	.ascii	"license"                       # string offset=294
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	740
	.long	776
	.long	0
	.long	8                               # FuncInfo
	.long	213                             # FuncInfo section string offset=213
	.long	1
	.long	.Lfunc_begin0
	.long	9
	.long	274                             # FuncInfo section string offset=274
	.long	1
	.long	.Lfunc_begin1
	.long	16
	.long	16                              # LineInfo
	.long	213                             # LineInfo section string offset=213
	.long	22
	.long	.Ltmp0
	.long	220
	.long	0
	.long	6184                            # Line 6 Col 40
	.long	.Ltmp1
	.long	220
	.long	0
	.long	6182                            # Line 6 Col 38
	.long	.Ltmp4
	.long	220
	.long	0
	.long	6184                            # Line 6 Col 40
	.long	.Ltmp5
	.long	220
	.long	0
	.long	6199                            # Line 6 Col 55
	.long	.Ltmp6
	.long	220
	.long	0
	.long	6182                            # Line 6 Col 38
	.long	.Ltmp9
	.long	220
	.long	0
	.long	6184                            # Line 6 Col 40
	.long	.Ltmp10
	.long	220
	.long	0
	.long	6199                            # Line 6 Col 55
	.long	.Ltmp11
	.long	220
	.long	0
	.long	6182                            # Line 6 Col 38
	.long	.Ltmp14
	.long	220
	.long	0
	.long	6184                            # Line 6 Col 40
	.long	.Ltmp15
	.long	220
	.long	0
	.long	6199                            # Line 6 Col 55
	.long	.Ltmp16
	.long	220
	.long	0
	.long	6182                            # Line 6 Col 38
	.long	.Ltmp19
	.long	220
	.long	0
	.long	6199                            # Line 6 Col 55
	.long	.Ltmp22
	.long	220
	.long	0
	.long	6184                            # Line 6 Col 40
	.long	.Ltmp25
	.long	220
	.long	0
	.long	6182                            # Line 6 Col 38
	.long	.Ltmp28
	.long	220
	.long	0
	.long	6199                            # Line 6 Col 55
	.long	.Ltmp29
	.long	220
	.long	0
	.long	6182                            # Line 6 Col 38
	.long	.Ltmp32
	.long	220
	.long	0
	.long	6199                            # Line 6 Col 55
	.long	.Ltmp33
	.long	220
	.long	0
	.long	6182                            # Line 6 Col 38
	.long	.Ltmp34
	.long	220
	.long	0
	.long	6199                            # Line 6 Col 55
	.long	.Ltmp35
	.long	220
	.long	0
	.long	6182                            # Line 6 Col 38
	.long	.Ltmp40
	.long	220
	.long	0
	.long	7183                            # Line 7 Col 15
	.long	.Ltmp42
	.long	220
	.long	0
	.long	7171                            # Line 7 Col 3
	.long	274                             # LineInfo section string offset=274
	.long	23
	.long	.Ltmp45
	.long	220
	.long	0
	.long	3180                            # Line 3 Col 108
	.long	.Ltmp46
	.long	220
	.long	0
	.long	3188                            # Line 3 Col 116
	.long	.Ltmp47
	.long	220
	.long	0
	.long	3180                            # Line 3 Col 108
	.long	.Ltmp50
	.long	220
	.long	0
	.long	3177                            # Line 3 Col 105
	.long	.Ltmp53
	.long	220
	.long	0
	.long	3180                            # Line 3 Col 108
	.long	.Ltmp54
	.long	220
	.long	0
	.long	3188                            # Line 3 Col 116
	.long	.Ltmp55
	.long	220
	.long	0
	.long	3177                            # Line 3 Col 105
	.long	.Ltmp58
	.long	220
	.long	0
	.long	3180                            # Line 3 Col 108
	.long	.Ltmp59
	.long	220
	.long	0
	.long	3188                            # Line 3 Col 116
	.long	.Ltmp60
	.long	220
	.long	0
	.long	3177                            # Line 3 Col 105
	.long	.Ltmp63
	.long	220
	.long	0
	.long	3180                            # Line 3 Col 108
	.long	.Ltmp64
	.long	220
	.long	0
	.long	3188                            # Line 3 Col 116
	.long	.Ltmp65
	.long	220
	.long	0
	.long	3177                            # Line 3 Col 105
	.long	.Ltmp68
	.long	220
	.long	0
	.long	3180                            # Line 3 Col 108
	.long	.Ltmp69
	.long	220
	.long	0
	.long	3188                            # Line 3 Col 116
	.long	.Ltmp70
	.long	220
	.long	0
	.long	3177                            # Line 3 Col 105
	.long	.Ltmp73
	.long	220
	.long	0
	.long	3180                            # Line 3 Col 108
	.long	.Ltmp74
	.long	220
	.long	0
	.long	3188                            # Line 3 Col 116
	.long	.Ltmp75
	.long	220
	.long	0
	.long	3177                            # Line 3 Col 105
	.long	.Ltmp78
	.long	220
	.long	0
	.long	3180                            # Line 3 Col 108
	.long	.Ltmp79
	.long	220
	.long	0
	.long	3188                            # Line 3 Col 116
	.long	.Ltmp80
	.long	220
	.long	0
	.long	3177                            # Line 3 Col 105
	.long	.Ltmp83
	.long	220
	.long	0
	.long	3199                            # Line 3 Col 127
	.addrsig
	.addrsig_sym stack
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
