	.text
	.file	"24_gotol.c"
	.section	socket,"ax",@progbits
	.globl	far                             # -- Begin function far
	.p2align	3
	.type	far,@function
far:                                    # @far
# %bb.0:
	w1 = *(u32 *)(r1 + 0)
	w2 = w1
	w2 &= 1
	if w2 == 0 goto LBB0_2
# %bb.1:
	w1 *= 33
LBB0_2:
	w2 = w1
	w2 ^= 7
	w3 = w1
	w3 &= 2
	if w3 == 0 goto LBB0_4
# %bb.3:
	w1 *= 33
	w1 += 1
	w2 = w1
LBB0_4:
	w1 = w2
	w1 ^= 14
	w3 = w2
	w3 &= 4
	if w3 == 0 goto LBB0_6
# %bb.5:
	w2 *= 33
	w2 += 2
	w1 = w2
LBB0_6:
	w2 = w1
	w2 ^= 21
	w3 = w1
	w3 &= 8
	if w3 == 0 goto LBB0_8
# %bb.7:
	w1 *= 33
	w1 += 3
	w2 = w1
LBB0_8:
	w1 = w2
	w1 ^= 28
	w3 = w2
	w3 &= 16
	if w3 == 0 goto LBB0_10
# %bb.9:
	w2 *= 33
	w2 += 4
	w1 = w2
LBB0_10:
	w2 = w1
	w2 ^= 35
	w3 = w1
	w3 &= 32
	if w3 == 0 goto LBB0_12
# %bb.11:
	w1 *= 33
	w1 += 5
	w2 = w1
LBB0_12:
	w1 = w2
	w1 ^= 42
	w3 = w2
	w3 &= 64
	if w3 == 0 goto LBB0_14
# %bb.13:
	w2 *= 33
	w2 += 6
	w1 = w2
LBB0_14:
	w2 = w1
	w2 ^= 49
	w3 = w1
	w3 &= 128
	if w3 == 0 goto LBB0_16
# %bb.15:
	w1 *= 33
	w1 += 7
	w2 = w1
LBB0_16:
	w1 = w2
	w1 ^= 56
	w3 = w2
	w3 &= 256
	if w3 == 0 goto LBB0_18
# %bb.17:
	w2 *= 33
	w2 += 8
	w1 = w2
LBB0_18:
	w2 = w1
	w2 ^= 63
	w3 = w1
	w3 &= 512
	if w3 == 0 goto LBB0_20
# %bb.19:
	w1 *= 33
	w1 += 9
	w2 = w1
LBB0_20:
	w1 = w2
	w1 ^= 70
	w3 = w2
	w3 &= 1024
	if w3 == 0 goto LBB0_22
# %bb.21:
	w2 *= 33
	w2 += 10
	w1 = w2
LBB0_22:
	w2 = w1
	w2 ^= 77
	w3 = w1
	w3 &= 2048
	if w3 == 0 goto LBB0_24
# %bb.23:
	w1 *= 33
	w1 += 11
	w2 = w1
LBB0_24:
	w1 = w2
	w1 ^= 84
	w3 = w2
	w3 &= 4096
	if w3 == 0 goto LBB0_26
# %bb.25:
	w2 *= 33
	w2 += 12
	w1 = w2
LBB0_26:
	w2 = w1
	w2 ^= 91
	w3 = w1
	w3 &= 8192
	if w3 == 0 goto LBB0_28
# %bb.27:
	w1 *= 33
	w1 += 13
	w2 = w1
LBB0_28:
	w1 = w2
	w1 ^= 98
	w3 = w2
	w3 &= 16384
	if w3 == 0 goto LBB0_30
# %bb.29:
	w2 *= 33
	w2 += 14
	w1 = w2
LBB0_30:
	w2 = w1
	w2 ^= 105
	w3 = w1
	w3 &= 32768
	if w3 == 0 goto LBB0_32
# %bb.31:
	w1 *= 33
	w1 += 15
	w2 = w1
LBB0_32:
	w1 = w2
	w1 ^= 112
	w3 = w2
	w3 &= 65536
	if w3 == 0 goto LBB0_34
# %bb.33:
	w2 *= 33
	w2 += 16
	w1 = w2
LBB0_34:
	w2 = w1
	w2 ^= 119
	w3 = w1
	w3 &= 131072
	if w3 == 0 goto LBB0_36
# %bb.35:
	w1 *= 33
	w1 += 17
	w2 = w1
LBB0_36:
	w1 = w2
	w1 ^= 126
	w3 = w2
	w3 &= 262144
	if w3 == 0 goto LBB0_38
# %bb.37:
	w2 *= 33
	w2 += 18
	w1 = w2
LBB0_38:
	w2 = w1
	w2 ^= 133
	w3 = w1
	w3 &= 524288
	if w3 == 0 goto LBB0_40
# %bb.39:
	w1 *= 33
	w1 += 19
	w2 = w1
LBB0_40:
	w1 = w2
	w1 ^= 140
	w3 = w2
	w3 &= 1048576
	if w3 == 0 goto LBB0_42
# %bb.41:
	w2 *= 33
	w2 += 20
	w1 = w2
LBB0_42:
	w2 = w1
	w2 ^= 147
	w3 = w1
	w3 &= 2097152
	if w3 == 0 goto LBB0_44
# %bb.43:
	w1 *= 33
	w1 += 21
	w2 = w1
LBB0_44:
	w1 = w2
	w1 ^= 154
	w3 = w2
	w3 &= 4194304
	if w3 == 0 goto LBB0_46
# %bb.45:
	w2 *= 33
	w2 += 22
	w1 = w2
LBB0_46:
	w2 = w1
	w2 ^= 161
	w3 = w1
	w3 &= 8388608
	if w3 == 0 goto LBB0_48
# %bb.47:
	w1 *= 33
	w1 += 23
	w2 = w1
LBB0_48:
	w1 = w2
	w1 ^= 168
	w3 = w2
	w3 &= 16777216
	if w3 == 0 goto LBB0_50
# %bb.49:
	w2 *= 33
	w2 += 24
	w1 = w2
LBB0_50:
	w2 = w1
	w2 ^= 175
	w3 = w1
	w3 &= 33554432
	if w3 == 0 goto LBB0_52
# %bb.51:
	w1 *= 33
	w1 += 25
	w2 = w1
LBB0_52:
	w1 = w2
	w1 ^= 182
	w3 = w2
	w3 &= 67108864
	if w3 == 0 goto LBB0_54
# %bb.53:
	w2 *= 33
	w2 += 26
	w1 = w2
LBB0_54:
	w2 = w1
	w2 ^= 189
	w3 = w1
	w3 &= 134217728
	if w3 == 0 goto LBB0_56
# %bb.55:
	w1 *= 33
	w1 += 27
	w2 = w1
LBB0_56:
	w1 = w2
	w1 ^= 196
	w3 = w2
	w3 &= 268435456
	if w3 == 0 goto LBB0_58
# %bb.57:
	w2 *= 33
	w2 += 28
	w1 = w2
LBB0_58:
	w2 = w1
	w2 ^= 203
	w3 = w1
	w3 &= 536870912
	if w3 == 0 goto LBB0_60
# %bb.59:
	w1 *= 33
	w1 += 29
	w2 = w1
LBB0_60:
	w3 = w2
	w3 ^= 210
	w1 = w2
	w1 &= 1073741824
	if w1 == 0 goto LBB0_62
# %bb.61:
	w2 *= 33
	w2 += 30
	w3 = w2
LBB0_62:
	w1 = w3
	w1 *= 33
	w1 += 31
	if w3 s< 0 goto LBB0_64
# %bb.63:
	w3 ^= 217
	w1 = w3
LBB0_64:
	w2 = w1
	w2 ^= 224
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_66
# %bb.65:
	w1 *= 33
	w1 += 32
	w2 = w1
LBB0_66:
	w1 = w2
	w1 ^= 231
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_68
# %bb.67:
	w2 *= 33
	w2 += 33
	w1 = w2
LBB0_68:
	w2 = w1
	w2 ^= 238
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_70
# %bb.69:
	w1 *= 33
	w1 += 34
	w2 = w1
LBB0_70:
	w1 = w2
	w1 ^= 245
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_72
# %bb.71:
	w2 *= 33
	w2 += 35
	w1 = w2
LBB0_72:
	w2 = w1
	w2 ^= 252
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_74
# %bb.73:
	w1 *= 33
	w1 += 36
	w2 = w1
LBB0_74:
	w1 = w2
	w1 ^= 259
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_76
# %bb.75:
	w2 *= 33
	w2 += 37
	w1 = w2
LBB0_76:
	w2 = w1
	w2 ^= 266
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_78
# %bb.77:
	w1 *= 33
	w1 += 38
	w2 = w1
LBB0_78:
	w1 = w2
	w1 ^= 273
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_80
# %bb.79:
	w2 *= 33
	w2 += 39
	w1 = w2
LBB0_80:
	w2 = w1
	w2 ^= 280
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_82
# %bb.81:
	w1 *= 33
	w1 += 40
	w2 = w1
LBB0_82:
	w1 = w2
	w1 ^= 287
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_84
# %bb.83:
	w2 *= 33
	w2 += 41
	w1 = w2
LBB0_84:
	w2 = w1
	w2 ^= 294
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_86
# %bb.85:
	w1 *= 33
	w1 += 42
	w2 = w1
LBB0_86:
	w1 = w2
	w1 ^= 301
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_88
# %bb.87:
	w2 *= 33
	w2 += 43
	w1 = w2
LBB0_88:
	w2 = w1
	w2 ^= 308
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_90
# %bb.89:
	w1 *= 33
	w1 += 44
	w2 = w1
LBB0_90:
	w1 = w2
	w1 ^= 315
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_92
# %bb.91:
	w2 *= 33
	w2 += 45
	w1 = w2
LBB0_92:
	w2 = w1
	w2 ^= 322
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_94
# %bb.93:
	w1 *= 33
	w1 += 46
	w2 = w1
LBB0_94:
	w1 = w2
	w1 ^= 329
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_96
# %bb.95:
	w2 *= 33
	w2 += 47
	w1 = w2
LBB0_96:
	w2 = w1
	w2 ^= 336
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_98
# %bb.97:
	w1 *= 33
	w1 += 48
	w2 = w1
LBB0_98:
	w1 = w2
	w1 ^= 343
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_100
# %bb.99:
	w2 *= 33
	w2 += 49
	w1 = w2
LBB0_100:
	w2 = w1
	w2 ^= 350
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_102
# %bb.101:
	w1 *= 33
	w1 += 50
	w2 = w1
LBB0_102:
	w1 = w2
	w1 ^= 357
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_104
# %bb.103:
	w2 *= 33
	w2 += 51
	w1 = w2
LBB0_104:
	w2 = w1
	w2 ^= 364
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_106
# %bb.105:
	w1 *= 33
	w1 += 52
	w2 = w1
LBB0_106:
	w1 = w2
	w1 ^= 371
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_108
# %bb.107:
	w2 *= 33
	w2 += 53
	w1 = w2
LBB0_108:
	w2 = w1
	w2 ^= 378
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_110
# %bb.109:
	w1 *= 33
	w1 += 54
	w2 = w1
LBB0_110:
	w1 = w2
	w1 ^= 385
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_112
# %bb.111:
	w2 *= 33
	w2 += 55
	w1 = w2
LBB0_112:
	w2 = w1
	w2 ^= 392
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_114
# %bb.113:
	w1 *= 33
	w1 += 56
	w2 = w1
LBB0_114:
	w1 = w2
	w1 ^= 399
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_116
# %bb.115:
	w2 *= 33
	w2 += 57
	w1 = w2
LBB0_116:
	w2 = w1
	w2 ^= 406
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_118
# %bb.117:
	w1 *= 33
	w1 += 58
	w2 = w1
LBB0_118:
	w1 = w2
	w1 ^= 413
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_120
# %bb.119:
	w2 *= 33
	w2 += 59
	w1 = w2
LBB0_120:
	w2 = w1
	w2 ^= 420
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_122
# %bb.121:
	w1 *= 33
	w1 += 60
	w2 = w1
LBB0_122:
	w1 = w2
	w1 ^= 427
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_124
# %bb.123:
	w2 *= 33
	w2 += 61
	w1 = w2
LBB0_124:
	w2 = w1
	w2 ^= 434
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_126
# %bb.125:
	w1 *= 33
	w1 += 62
	w2 = w1
LBB0_126:
	w1 = w2
	w1 *= 33
	w1 += 63
	if w2 s< 0 goto LBB0_128
# %bb.127:
	w2 ^= 441
	w1 = w2
LBB0_128:
	w2 = w1
	w2 ^= 448
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_130
# %bb.129:
	w1 *= 33
	w1 += 64
	w2 = w1
LBB0_130:
	w1 = w2
	w1 ^= 455
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_132
# %bb.131:
	w2 *= 33
	w2 += 65
	w1 = w2
LBB0_132:
	w2 = w1
	w2 ^= 462
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_134
# %bb.133:
	w1 *= 33
	w1 += 66
	w2 = w1
LBB0_134:
	w1 = w2
	w1 ^= 469
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_136
# %bb.135:
	w2 *= 33
	w2 += 67
	w1 = w2
LBB0_136:
	w2 = w1
	w2 ^= 476
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_138
# %bb.137:
	w1 *= 33
	w1 += 68
	w2 = w1
LBB0_138:
	w1 = w2
	w1 ^= 483
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_140
# %bb.139:
	w2 *= 33
	w2 += 69
	w1 = w2
LBB0_140:
	w2 = w1
	w2 ^= 490
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_142
# %bb.141:
	w1 *= 33
	w1 += 70
	w2 = w1
LBB0_142:
	w1 = w2
	w1 ^= 497
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_144
# %bb.143:
	w2 *= 33
	w2 += 71
	w1 = w2
LBB0_144:
	w2 = w1
	w2 ^= 504
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_146
# %bb.145:
	w1 *= 33
	w1 += 72
	w2 = w1
LBB0_146:
	w1 = w2
	w1 ^= 511
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_148
# %bb.147:
	w2 *= 33
	w2 += 73
	w1 = w2
LBB0_148:
	w2 = w1
	w2 ^= 518
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_150
# %bb.149:
	w1 *= 33
	w1 += 74
	w2 = w1
LBB0_150:
	w1 = w2
	w1 ^= 525
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_152
# %bb.151:
	w2 *= 33
	w2 += 75
	w1 = w2
LBB0_152:
	w2 = w1
	w2 ^= 532
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_154
# %bb.153:
	w1 *= 33
	w1 += 76
	w2 = w1
LBB0_154:
	w1 = w2
	w1 ^= 539
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_156
# %bb.155:
	w2 *= 33
	w2 += 77
	w1 = w2
LBB0_156:
	w2 = w1
	w2 ^= 546
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_158
# %bb.157:
	w1 *= 33
	w1 += 78
	w2 = w1
LBB0_158:
	w1 = w2
	w1 ^= 553
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_160
# %bb.159:
	w2 *= 33
	w2 += 79
	w1 = w2
LBB0_160:
	w2 = w1
	w2 ^= 560
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_162
# %bb.161:
	w1 *= 33
	w1 += 80
	w2 = w1
LBB0_162:
	w1 = w2
	w1 ^= 567
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_164
# %bb.163:
	w2 *= 33
	w2 += 81
	w1 = w2
LBB0_164:
	w2 = w1
	w2 ^= 574
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_166
# %bb.165:
	w1 *= 33
	w1 += 82
	w2 = w1
LBB0_166:
	w1 = w2
	w1 ^= 581
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_168
# %bb.167:
	w2 *= 33
	w2 += 83
	w1 = w2
LBB0_168:
	w2 = w1
	w2 ^= 588
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_170
# %bb.169:
	w1 *= 33
	w1 += 84
	w2 = w1
LBB0_170:
	w1 = w2
	w1 ^= 595
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_172
# %bb.171:
	w2 *= 33
	w2 += 85
	w1 = w2
LBB0_172:
	w2 = w1
	w2 ^= 602
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_174
# %bb.173:
	w1 *= 33
	w1 += 86
	w2 = w1
LBB0_174:
	w1 = w2
	w1 ^= 609
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_176
# %bb.175:
	w2 *= 33
	w2 += 87
	w1 = w2
LBB0_176:
	w2 = w1
	w2 ^= 616
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_178
# %bb.177:
	w1 *= 33
	w1 += 88
	w2 = w1
LBB0_178:
	w1 = w2
	w1 ^= 623
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_180
# %bb.179:
	w2 *= 33
	w2 += 89
	w1 = w2
LBB0_180:
	w2 = w1
	w2 ^= 630
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_182
# %bb.181:
	w1 *= 33
	w1 += 90
	w2 = w1
LBB0_182:
	w1 = w2
	w1 ^= 637
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_184
# %bb.183:
	w2 *= 33
	w2 += 91
	w1 = w2
LBB0_184:
	w2 = w1
	w2 ^= 644
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_186
# %bb.185:
	w1 *= 33
	w1 += 92
	w2 = w1
LBB0_186:
	w1 = w2
	w1 ^= 651
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_188
# %bb.187:
	w2 *= 33
	w2 += 93
	w1 = w2
LBB0_188:
	w2 = w1
	w2 ^= 658
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_190
# %bb.189:
	w1 *= 33
	w1 += 94
	w2 = w1
LBB0_190:
	w1 = w2
	w1 *= 33
	w1 += 95
	if w2 s< 0 goto LBB0_192
# %bb.191:
	w2 ^= 665
	w1 = w2
LBB0_192:
	w2 = w1
	w2 ^= 672
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_194
# %bb.193:
	w1 *= 33
	w1 += 96
	w2 = w1
LBB0_194:
	w1 = w2
	w1 ^= 679
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_196
# %bb.195:
	w2 *= 33
	w2 += 97
	w1 = w2
LBB0_196:
	w2 = w1
	w2 ^= 686
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_198
# %bb.197:
	w1 *= 33
	w1 += 98
	w2 = w1
LBB0_198:
	w1 = w2
	w1 ^= 693
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_200
# %bb.199:
	w2 *= 33
	w2 += 99
	w1 = w2
LBB0_200:
	w2 = w1
	w2 ^= 700
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_202
# %bb.201:
	w1 *= 33
	w1 += 100
	w2 = w1
LBB0_202:
	w1 = w2
	w1 ^= 707
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_204
# %bb.203:
	w2 *= 33
	w2 += 101
	w1 = w2
LBB0_204:
	w2 = w1
	w2 ^= 714
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_206
# %bb.205:
	w1 *= 33
	w1 += 102
	w2 = w1
LBB0_206:
	w1 = w2
	w1 ^= 721
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_208
# %bb.207:
	w2 *= 33
	w2 += 103
	w1 = w2
LBB0_208:
	w2 = w1
	w2 ^= 728
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_210
# %bb.209:
	w1 *= 33
	w1 += 104
	w2 = w1
LBB0_210:
	w1 = w2
	w1 ^= 735
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_212
# %bb.211:
	w2 *= 33
	w2 += 105
	w1 = w2
LBB0_212:
	w2 = w1
	w2 ^= 742
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_214
# %bb.213:
	w1 *= 33
	w1 += 106
	w2 = w1
LBB0_214:
	w1 = w2
	w1 ^= 749
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_216
# %bb.215:
	w2 *= 33
	w2 += 107
	w1 = w2
LBB0_216:
	w2 = w1
	w2 ^= 756
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_218
# %bb.217:
	w1 *= 33
	w1 += 108
	w2 = w1
LBB0_218:
	w1 = w2
	w1 ^= 763
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_220
# %bb.219:
	w2 *= 33
	w2 += 109
	w1 = w2
LBB0_220:
	w2 = w1
	w2 ^= 770
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_222
# %bb.221:
	w1 *= 33
	w1 += 110
	w2 = w1
LBB0_222:
	w1 = w2
	w1 ^= 777
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_224
# %bb.223:
	w2 *= 33
	w2 += 111
	w1 = w2
LBB0_224:
	w2 = w1
	w2 ^= 784
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_226
# %bb.225:
	w1 *= 33
	w1 += 112
	w2 = w1
LBB0_226:
	w1 = w2
	w1 ^= 791
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_228
# %bb.227:
	w2 *= 33
	w2 += 113
	w1 = w2
LBB0_228:
	w2 = w1
	w2 ^= 798
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_230
# %bb.229:
	w1 *= 33
	w1 += 114
	w2 = w1
LBB0_230:
	w1 = w2
	w1 ^= 805
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_232
# %bb.231:
	w2 *= 33
	w2 += 115
	w1 = w2
LBB0_232:
	w2 = w1
	w2 ^= 812
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_234
# %bb.233:
	w1 *= 33
	w1 += 116
	w2 = w1
LBB0_234:
	w1 = w2
	w1 ^= 819
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_236
# %bb.235:
	w2 *= 33
	w2 += 117
	w1 = w2
LBB0_236:
	w2 = w1
	w2 ^= 826
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_238
# %bb.237:
	w1 *= 33
	w1 += 118
	w2 = w1
LBB0_238:
	w1 = w2
	w1 ^= 833
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_240
# %bb.239:
	w2 *= 33
	w2 += 119
	w1 = w2
LBB0_240:
	w2 = w1
	w2 ^= 840
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_242
# %bb.241:
	w1 *= 33
	w1 += 120
	w2 = w1
LBB0_242:
	w1 = w2
	w1 ^= 847
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_244
# %bb.243:
	w2 *= 33
	w2 += 121
	w1 = w2
LBB0_244:
	w2 = w1
	w2 ^= 854
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_246
# %bb.245:
	w1 *= 33
	w1 += 122
	w2 = w1
LBB0_246:
	w1 = w2
	w1 ^= 861
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_248
# %bb.247:
	w2 *= 33
	w2 += 123
	w1 = w2
LBB0_248:
	w2 = w1
	w2 ^= 868
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_250
# %bb.249:
	w1 *= 33
	w1 += 124
	w2 = w1
LBB0_250:
	w1 = w2
	w1 ^= 875
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_252
# %bb.251:
	w2 *= 33
	w2 += 125
	w1 = w2
LBB0_252:
	w2 = w1
	w2 ^= 882
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_254
# %bb.253:
	w1 *= 33
	w1 += 126
	w2 = w1
LBB0_254:
	w1 = w2
	w1 *= 33
	w1 += 127
	if w2 s< 0 goto LBB0_256
# %bb.255:
	w2 ^= 889
	w1 = w2
LBB0_256:
	w2 = w1
	w2 ^= 896
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_258
# %bb.257:
	w1 *= 33
	w1 += 128
	w2 = w1
LBB0_258:
	w1 = w2
	w1 ^= 903
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_260
# %bb.259:
	w2 *= 33
	w2 += 129
	w1 = w2
LBB0_260:
	w2 = w1
	w2 ^= 910
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_262
# %bb.261:
	w1 *= 33
	w1 += 130
	w2 = w1
LBB0_262:
	w1 = w2
	w1 ^= 917
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_264
# %bb.263:
	w2 *= 33
	w2 += 131
	w1 = w2
LBB0_264:
	w2 = w1
	w2 ^= 924
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_266
# %bb.265:
	w1 *= 33
	w1 += 132
	w2 = w1
LBB0_266:
	w1 = w2
	w1 ^= 931
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_268
# %bb.267:
	w2 *= 33
	w2 += 133
	w1 = w2
LBB0_268:
	w2 = w1
	w2 ^= 938
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_270
# %bb.269:
	w1 *= 33
	w1 += 134
	w2 = w1
LBB0_270:
	w1 = w2
	w1 ^= 945
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_272
# %bb.271:
	w2 *= 33
	w2 += 135
	w1 = w2
LBB0_272:
	w2 = w1
	w2 ^= 952
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_274
# %bb.273:
	w1 *= 33
	w1 += 136
	w2 = w1
LBB0_274:
	w1 = w2
	w1 ^= 959
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_276
# %bb.275:
	w2 *= 33
	w2 += 137
	w1 = w2
LBB0_276:
	w2 = w1
	w2 ^= 966
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_278
# %bb.277:
	w1 *= 33
	w1 += 138
	w2 = w1
LBB0_278:
	w1 = w2
	w1 ^= 973
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_280
# %bb.279:
	w2 *= 33
	w2 += 139
	w1 = w2
LBB0_280:
	w2 = w1
	w2 ^= 980
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_282
# %bb.281:
	w1 *= 33
	w1 += 140
	w2 = w1
LBB0_282:
	w1 = w2
	w1 ^= 987
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_284
# %bb.283:
	w2 *= 33
	w2 += 141
	w1 = w2
LBB0_284:
	w2 = w1
	w2 ^= 994
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_286
# %bb.285:
	w1 *= 33
	w1 += 142
	w2 = w1
LBB0_286:
	w1 = w2
	w1 ^= 1001
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_288
# %bb.287:
	w2 *= 33
	w2 += 143
	w1 = w2
LBB0_288:
	w2 = w1
	w2 ^= 1008
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_290
# %bb.289:
	w1 *= 33
	w1 += 144
	w2 = w1
LBB0_290:
	w1 = w2
	w1 ^= 1015
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_292
# %bb.291:
	w2 *= 33
	w2 += 145
	w1 = w2
LBB0_292:
	w2 = w1
	w2 ^= 1022
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_294
# %bb.293:
	w1 *= 33
	w1 += 146
	w2 = w1
LBB0_294:
	w1 = w2
	w1 ^= 1029
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_296
# %bb.295:
	w2 *= 33
	w2 += 147
	w1 = w2
LBB0_296:
	w2 = w1
	w2 ^= 1036
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_298
# %bb.297:
	w1 *= 33
	w1 += 148
	w2 = w1
LBB0_298:
	w1 = w2
	w1 ^= 1043
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_300
# %bb.299:
	w2 *= 33
	w2 += 149
	w1 = w2
LBB0_300:
	w2 = w1
	w2 ^= 1050
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_302
# %bb.301:
	w1 *= 33
	w1 += 150
	w2 = w1
LBB0_302:
	w1 = w2
	w1 ^= 1057
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_304
# %bb.303:
	w2 *= 33
	w2 += 151
	w1 = w2
LBB0_304:
	w2 = w1
	w2 ^= 1064
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_306
# %bb.305:
	w1 *= 33
	w1 += 152
	w2 = w1
LBB0_306:
	w1 = w2
	w1 ^= 1071
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_308
# %bb.307:
	w2 *= 33
	w2 += 153
	w1 = w2
LBB0_308:
	w2 = w1
	w2 ^= 1078
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_310
# %bb.309:
	w1 *= 33
	w1 += 154
	w2 = w1
LBB0_310:
	w1 = w2
	w1 ^= 1085
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_312
# %bb.311:
	w2 *= 33
	w2 += 155
	w1 = w2
LBB0_312:
	w2 = w1
	w2 ^= 1092
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_314
# %bb.313:
	w1 *= 33
	w1 += 156
	w2 = w1
LBB0_314:
	w1 = w2
	w1 ^= 1099
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_316
# %bb.315:
	w2 *= 33
	w2 += 157
	w1 = w2
LBB0_316:
	w2 = w1
	w2 ^= 1106
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_318
# %bb.317:
	w1 *= 33
	w1 += 158
	w2 = w1
LBB0_318:
	w1 = w2
	w1 *= 33
	w1 += 159
	if w2 s< 0 goto LBB0_320
# %bb.319:
	w2 ^= 1113
	w1 = w2
LBB0_320:
	w2 = w1
	w2 ^= 1120
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_322
# %bb.321:
	w1 *= 33
	w1 += 160
	w2 = w1
LBB0_322:
	w1 = w2
	w1 ^= 1127
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_324
# %bb.323:
	w2 *= 33
	w2 += 161
	w1 = w2
LBB0_324:
	w2 = w1
	w2 ^= 1134
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_326
# %bb.325:
	w1 *= 33
	w1 += 162
	w2 = w1
LBB0_326:
	w1 = w2
	w1 ^= 1141
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_328
# %bb.327:
	w2 *= 33
	w2 += 163
	w1 = w2
LBB0_328:
	w2 = w1
	w2 ^= 1148
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_330
# %bb.329:
	w1 *= 33
	w1 += 164
	w2 = w1
LBB0_330:
	w1 = w2
	w1 ^= 1155
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_332
# %bb.331:
	w2 *= 33
	w2 += 165
	w1 = w2
LBB0_332:
	w2 = w1
	w2 ^= 1162
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_334
# %bb.333:
	w1 *= 33
	w1 += 166
	w2 = w1
LBB0_334:
	w1 = w2
	w1 ^= 1169
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_336
# %bb.335:
	w2 *= 33
	w2 += 167
	w1 = w2
LBB0_336:
	w2 = w1
	w2 ^= 1176
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_338
# %bb.337:
	w1 *= 33
	w1 += 168
	w2 = w1
LBB0_338:
	w1 = w2
	w1 ^= 1183
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_340
# %bb.339:
	w2 *= 33
	w2 += 169
	w1 = w2
LBB0_340:
	w2 = w1
	w2 ^= 1190
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_342
# %bb.341:
	w1 *= 33
	w1 += 170
	w2 = w1
LBB0_342:
	w1 = w2
	w1 ^= 1197
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_344
# %bb.343:
	w2 *= 33
	w2 += 171
	w1 = w2
LBB0_344:
	w2 = w1
	w2 ^= 1204
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_346
# %bb.345:
	w1 *= 33
	w1 += 172
	w2 = w1
LBB0_346:
	w1 = w2
	w1 ^= 1211
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_348
# %bb.347:
	w2 *= 33
	w2 += 173
	w1 = w2
LBB0_348:
	w2 = w1
	w2 ^= 1218
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_350
# %bb.349:
	w1 *= 33
	w1 += 174
	w2 = w1
LBB0_350:
	w1 = w2
	w1 ^= 1225
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_352
# %bb.351:
	w2 *= 33
	w2 += 175
	w1 = w2
LBB0_352:
	w2 = w1
	w2 ^= 1232
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_354
# %bb.353:
	w1 *= 33
	w1 += 176
	w2 = w1
LBB0_354:
	w1 = w2
	w1 ^= 1239
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_356
# %bb.355:
	w2 *= 33
	w2 += 177
	w1 = w2
LBB0_356:
	w2 = w1
	w2 ^= 1246
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_358
# %bb.357:
	w1 *= 33
	w1 += 178
	w2 = w1
LBB0_358:
	w1 = w2
	w1 ^= 1253
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_360
# %bb.359:
	w2 *= 33
	w2 += 179
	w1 = w2
LBB0_360:
	w2 = w1
	w2 ^= 1260
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_362
# %bb.361:
	w1 *= 33
	w1 += 180
	w2 = w1
LBB0_362:
	w1 = w2
	w1 ^= 1267
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_364
# %bb.363:
	w2 *= 33
	w2 += 181
	w1 = w2
LBB0_364:
	w2 = w1
	w2 ^= 1274
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_366
# %bb.365:
	w1 *= 33
	w1 += 182
	w2 = w1
LBB0_366:
	w1 = w2
	w1 ^= 1281
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_368
# %bb.367:
	w2 *= 33
	w2 += 183
	w1 = w2
LBB0_368:
	w2 = w1
	w2 ^= 1288
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_370
# %bb.369:
	w1 *= 33
	w1 += 184
	w2 = w1
LBB0_370:
	w1 = w2
	w1 ^= 1295
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_372
# %bb.371:
	w2 *= 33
	w2 += 185
	w1 = w2
LBB0_372:
	w2 = w1
	w2 ^= 1302
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_374
# %bb.373:
	w1 *= 33
	w1 += 186
	w2 = w1
LBB0_374:
	w1 = w2
	w1 ^= 1309
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_376
# %bb.375:
	w2 *= 33
	w2 += 187
	w1 = w2
LBB0_376:
	w2 = w1
	w2 ^= 1316
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_378
# %bb.377:
	w1 *= 33
	w1 += 188
	w2 = w1
LBB0_378:
	w1 = w2
	w1 ^= 1323
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_380
# %bb.379:
	w2 *= 33
	w2 += 189
	w1 = w2
LBB0_380:
	w2 = w1
	w2 ^= 1330
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_382
# %bb.381:
	w1 *= 33
	w1 += 190
	w2 = w1
LBB0_382:
	w1 = w2
	w1 *= 33
	w1 += 191
	if w2 s< 0 goto LBB0_384
# %bb.383:
	w2 ^= 1337
	w1 = w2
LBB0_384:
	w2 = w1
	w2 ^= 1344
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_386
# %bb.385:
	w1 *= 33
	w1 += 192
	w2 = w1
LBB0_386:
	w1 = w2
	w1 ^= 1351
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_388
# %bb.387:
	w2 *= 33
	w2 += 193
	w1 = w2
LBB0_388:
	w2 = w1
	w2 ^= 1358
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_390
# %bb.389:
	w1 *= 33
	w1 += 194
	w2 = w1
LBB0_390:
	w1 = w2
	w1 ^= 1365
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_392
# %bb.391:
	w2 *= 33
	w2 += 195
	w1 = w2
LBB0_392:
	w2 = w1
	w2 ^= 1372
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_394
# %bb.393:
	w1 *= 33
	w1 += 196
	w2 = w1
LBB0_394:
	w1 = w2
	w1 ^= 1379
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_396
# %bb.395:
	w2 *= 33
	w2 += 197
	w1 = w2
LBB0_396:
	w2 = w1
	w2 ^= 1386
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_398
# %bb.397:
	w1 *= 33
	w1 += 198
	w2 = w1
LBB0_398:
	w1 = w2
	w1 ^= 1393
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_400
# %bb.399:
	w2 *= 33
	w2 += 199
	w1 = w2
LBB0_400:
	w2 = w1
	w2 ^= 1400
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_402
# %bb.401:
	w1 *= 33
	w1 += 200
	w2 = w1
LBB0_402:
	w1 = w2
	w1 ^= 1407
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_404
# %bb.403:
	w2 *= 33
	w2 += 201
	w1 = w2
LBB0_404:
	w2 = w1
	w2 ^= 1414
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_406
# %bb.405:
	w1 *= 33
	w1 += 202
	w2 = w1
LBB0_406:
	w1 = w2
	w1 ^= 1421
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_408
# %bb.407:
	w2 *= 33
	w2 += 203
	w1 = w2
LBB0_408:
	w2 = w1
	w2 ^= 1428
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_410
# %bb.409:
	w1 *= 33
	w1 += 204
	w2 = w1
LBB0_410:
	w1 = w2
	w1 ^= 1435
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_412
# %bb.411:
	w2 *= 33
	w2 += 205
	w1 = w2
LBB0_412:
	w2 = w1
	w2 ^= 1442
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_414
# %bb.413:
	w1 *= 33
	w1 += 206
	w2 = w1
LBB0_414:
	w1 = w2
	w1 ^= 1449
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_416
# %bb.415:
	w2 *= 33
	w2 += 207
	w1 = w2
LBB0_416:
	w2 = w1
	w2 ^= 1456
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_418
# %bb.417:
	w1 *= 33
	w1 += 208
	w2 = w1
LBB0_418:
	w1 = w2
	w1 ^= 1463
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_420
# %bb.419:
	w2 *= 33
	w2 += 209
	w1 = w2
LBB0_420:
	w2 = w1
	w2 ^= 1470
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_422
# %bb.421:
	w1 *= 33
	w1 += 210
	w2 = w1
LBB0_422:
	w1 = w2
	w1 ^= 1477
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_424
# %bb.423:
	w2 *= 33
	w2 += 211
	w1 = w2
LBB0_424:
	w2 = w1
	w2 ^= 1484
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_426
# %bb.425:
	w1 *= 33
	w1 += 212
	w2 = w1
LBB0_426:
	w1 = w2
	w1 ^= 1491
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_428
# %bb.427:
	w2 *= 33
	w2 += 213
	w1 = w2
LBB0_428:
	w2 = w1
	w2 ^= 1498
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_430
# %bb.429:
	w1 *= 33
	w1 += 214
	w2 = w1
LBB0_430:
	w1 = w2
	w1 ^= 1505
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_432
# %bb.431:
	w2 *= 33
	w2 += 215
	w1 = w2
LBB0_432:
	w2 = w1
	w2 ^= 1512
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_434
# %bb.433:
	w1 *= 33
	w1 += 216
	w2 = w1
LBB0_434:
	w1 = w2
	w1 ^= 1519
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_436
# %bb.435:
	w2 *= 33
	w2 += 217
	w1 = w2
LBB0_436:
	w2 = w1
	w2 ^= 1526
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_438
# %bb.437:
	w1 *= 33
	w1 += 218
	w2 = w1
LBB0_438:
	w1 = w2
	w1 ^= 1533
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_440
# %bb.439:
	w2 *= 33
	w2 += 219
	w1 = w2
LBB0_440:
	w2 = w1
	w2 ^= 1540
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_442
# %bb.441:
	w1 *= 33
	w1 += 220
	w2 = w1
LBB0_442:
	w1 = w2
	w1 ^= 1547
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_444
# %bb.443:
	w2 *= 33
	w2 += 221
	w1 = w2
LBB0_444:
	w2 = w1
	w2 ^= 1554
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_446
# %bb.445:
	w1 *= 33
	w1 += 222
	w2 = w1
LBB0_446:
	w1 = w2
	w1 *= 33
	w1 += 223
	if w2 s< 0 goto LBB0_448
# %bb.447:
	w2 ^= 1561
	w1 = w2
LBB0_448:
	w2 = w1
	w2 ^= 1568
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_450
# %bb.449:
	w1 *= 33
	w1 += 224
	w2 = w1
LBB0_450:
	w1 = w2
	w1 ^= 1575
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_452
# %bb.451:
	w2 *= 33
	w2 += 225
	w1 = w2
LBB0_452:
	w2 = w1
	w2 ^= 1582
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_454
# %bb.453:
	w1 *= 33
	w1 += 226
	w2 = w1
LBB0_454:
	w1 = w2
	w1 ^= 1589
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_456
# %bb.455:
	w2 *= 33
	w2 += 227
	w1 = w2
LBB0_456:
	w2 = w1
	w2 ^= 1596
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_458
# %bb.457:
	w1 *= 33
	w1 += 228
	w2 = w1
LBB0_458:
	w1 = w2
	w1 ^= 1603
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_460
# %bb.459:
	w2 *= 33
	w2 += 229
	w1 = w2
LBB0_460:
	w2 = w1
	w2 ^= 1610
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_462
# %bb.461:
	w1 *= 33
	w1 += 230
	w2 = w1
LBB0_462:
	w1 = w2
	w1 ^= 1617
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_464
# %bb.463:
	w2 *= 33
	w2 += 231
	w1 = w2
LBB0_464:
	w2 = w1
	w2 ^= 1624
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_466
# %bb.465:
	w1 *= 33
	w1 += 232
	w2 = w1
LBB0_466:
	w1 = w2
	w1 ^= 1631
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_468
# %bb.467:
	w2 *= 33
	w2 += 233
	w1 = w2
LBB0_468:
	w2 = w1
	w2 ^= 1638
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_470
# %bb.469:
	w1 *= 33
	w1 += 234
	w2 = w1
LBB0_470:
	w1 = w2
	w1 ^= 1645
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_472
# %bb.471:
	w2 *= 33
	w2 += 235
	w1 = w2
LBB0_472:
	w2 = w1
	w2 ^= 1652
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_474
# %bb.473:
	w1 *= 33
	w1 += 236
	w2 = w1
LBB0_474:
	w1 = w2
	w1 ^= 1659
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_476
# %bb.475:
	w2 *= 33
	w2 += 237
	w1 = w2
LBB0_476:
	w2 = w1
	w2 ^= 1666
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_478
# %bb.477:
	w1 *= 33
	w1 += 238
	w2 = w1
LBB0_478:
	w1 = w2
	w1 ^= 1673
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_480
# %bb.479:
	w2 *= 33
	w2 += 239
	w1 = w2
LBB0_480:
	w2 = w1
	w2 ^= 1680
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_482
# %bb.481:
	w1 *= 33
	w1 += 240
	w2 = w1
LBB0_482:
	w1 = w2
	w1 ^= 1687
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_484
# %bb.483:
	w2 *= 33
	w2 += 241
	w1 = w2
LBB0_484:
	w2 = w1
	w2 ^= 1694
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_486
# %bb.485:
	w1 *= 33
	w1 += 242
	w2 = w1
LBB0_486:
	w1 = w2
	w1 ^= 1701
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_488
# %bb.487:
	w2 *= 33
	w2 += 243
	w1 = w2
LBB0_488:
	w2 = w1
	w2 ^= 1708
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_490
# %bb.489:
	w1 *= 33
	w1 += 244
	w2 = w1
LBB0_490:
	w1 = w2
	w1 ^= 1715
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_492
# %bb.491:
	w2 *= 33
	w2 += 245
	w1 = w2
LBB0_492:
	w2 = w1
	w2 ^= 1722
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_494
# %bb.493:
	w1 *= 33
	w1 += 246
	w2 = w1
LBB0_494:
	w1 = w2
	w1 ^= 1729
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_496
# %bb.495:
	w2 *= 33
	w2 += 247
	w1 = w2
LBB0_496:
	w2 = w1
	w2 ^= 1736
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_498
# %bb.497:
	w1 *= 33
	w1 += 248
	w2 = w1
LBB0_498:
	w1 = w2
	w1 ^= 1743
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_500
# %bb.499:
	w2 *= 33
	w2 += 249
	w1 = w2
LBB0_500:
	w2 = w1
	w2 ^= 1750
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_502
# %bb.501:
	w1 *= 33
	w1 += 250
	w2 = w1
LBB0_502:
	w1 = w2
	w1 ^= 1757
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_504
# %bb.503:
	w2 *= 33
	w2 += 251
	w1 = w2
LBB0_504:
	w2 = w1
	w2 ^= 1764
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_506
# %bb.505:
	w1 *= 33
	w1 += 252
	w2 = w1
LBB0_506:
	w1 = w2
	w1 ^= 1771
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_508
# %bb.507:
	w2 *= 33
	w2 += 253
	w1 = w2
LBB0_508:
	w2 = w1
	w2 ^= 1778
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_510
# %bb.509:
	w1 *= 33
	w1 += 254
	w2 = w1
LBB0_510:
	w1 = w2
	w1 *= 33
	w1 += 255
	if w2 s< 0 goto LBB0_512
# %bb.511:
	w2 ^= 1785
	w1 = w2
LBB0_512:
	w2 = w1
	w2 ^= 1792
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_514
# %bb.513:
	w1 *= 33
	w1 += 256
	w2 = w1
LBB0_514:
	w1 = w2
	w1 ^= 1799
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_516
# %bb.515:
	w2 *= 33
	w2 += 257
	w1 = w2
LBB0_516:
	w2 = w1
	w2 ^= 1806
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_518
# %bb.517:
	w1 *= 33
	w1 += 258
	w2 = w1
LBB0_518:
	w1 = w2
	w1 ^= 1813
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_520
# %bb.519:
	w2 *= 33
	w2 += 259
	w1 = w2
LBB0_520:
	w2 = w1
	w2 ^= 1820
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_522
# %bb.521:
	w1 *= 33
	w1 += 260
	w2 = w1
LBB0_522:
	w1 = w2
	w1 ^= 1827
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_524
# %bb.523:
	w2 *= 33
	w2 += 261
	w1 = w2
LBB0_524:
	w2 = w1
	w2 ^= 1834
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_526
# %bb.525:
	w1 *= 33
	w1 += 262
	w2 = w1
LBB0_526:
	w1 = w2
	w1 ^= 1841
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_528
# %bb.527:
	w2 *= 33
	w2 += 263
	w1 = w2
LBB0_528:
	w2 = w1
	w2 ^= 1848
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_530
# %bb.529:
	w1 *= 33
	w1 += 264
	w2 = w1
LBB0_530:
	w1 = w2
	w1 ^= 1855
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_532
# %bb.531:
	w2 *= 33
	w2 += 265
	w1 = w2
LBB0_532:
	w2 = w1
	w2 ^= 1862
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_534
# %bb.533:
	w1 *= 33
	w1 += 266
	w2 = w1
LBB0_534:
	w1 = w2
	w1 ^= 1869
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_536
# %bb.535:
	w2 *= 33
	w2 += 267
	w1 = w2
LBB0_536:
	w2 = w1
	w2 ^= 1876
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_538
# %bb.537:
	w1 *= 33
	w1 += 268
	w2 = w1
LBB0_538:
	w1 = w2
	w1 ^= 1883
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_540
# %bb.539:
	w2 *= 33
	w2 += 269
	w1 = w2
LBB0_540:
	w2 = w1
	w2 ^= 1890
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_542
# %bb.541:
	w1 *= 33
	w1 += 270
	w2 = w1
LBB0_542:
	w1 = w2
	w1 ^= 1897
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_544
# %bb.543:
	w2 *= 33
	w2 += 271
	w1 = w2
LBB0_544:
	w2 = w1
	w2 ^= 1904
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_546
# %bb.545:
	w1 *= 33
	w1 += 272
	w2 = w1
LBB0_546:
	w1 = w2
	w1 ^= 1911
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_548
# %bb.547:
	w2 *= 33
	w2 += 273
	w1 = w2
LBB0_548:
	w2 = w1
	w2 ^= 1918
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_550
# %bb.549:
	w1 *= 33
	w1 += 274
	w2 = w1
LBB0_550:
	w1 = w2
	w1 ^= 1925
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_552
# %bb.551:
	w2 *= 33
	w2 += 275
	w1 = w2
LBB0_552:
	w2 = w1
	w2 ^= 1932
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_554
# %bb.553:
	w1 *= 33
	w1 += 276
	w2 = w1
LBB0_554:
	w1 = w2
	w1 ^= 1939
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_556
# %bb.555:
	w2 *= 33
	w2 += 277
	w1 = w2
LBB0_556:
	w2 = w1
	w2 ^= 1946
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_558
# %bb.557:
	w1 *= 33
	w1 += 278
	w2 = w1
LBB0_558:
	w1 = w2
	w1 ^= 1953
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_560
# %bb.559:
	w2 *= 33
	w2 += 279
	w1 = w2
LBB0_560:
	w2 = w1
	w2 ^= 1960
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_562
# %bb.561:
	w1 *= 33
	w1 += 280
	w2 = w1
LBB0_562:
	w1 = w2
	w1 ^= 1967
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_564
# %bb.563:
	w2 *= 33
	w2 += 281
	w1 = w2
LBB0_564:
	w2 = w1
	w2 ^= 1974
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_566
# %bb.565:
	w1 *= 33
	w1 += 282
	w2 = w1
LBB0_566:
	w1 = w2
	w1 ^= 1981
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_568
# %bb.567:
	w2 *= 33
	w2 += 283
	w1 = w2
LBB0_568:
	w2 = w1
	w2 ^= 1988
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_570
# %bb.569:
	w1 *= 33
	w1 += 284
	w2 = w1
LBB0_570:
	w1 = w2
	w1 ^= 1995
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_572
# %bb.571:
	w2 *= 33
	w2 += 285
	w1 = w2
LBB0_572:
	w2 = w1
	w2 ^= 2002
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_574
# %bb.573:
	w1 *= 33
	w1 += 286
	w2 = w1
LBB0_574:
	w1 = w2
	w1 *= 33
	w1 += 287
	if w2 s< 0 goto LBB0_576
# %bb.575:
	w2 ^= 2009
	w1 = w2
LBB0_576:
	w2 = w1
	w2 ^= 2016
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_578
# %bb.577:
	w1 *= 33
	w1 += 288
	w2 = w1
LBB0_578:
	w1 = w2
	w1 ^= 2023
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_580
# %bb.579:
	w2 *= 33
	w2 += 289
	w1 = w2
LBB0_580:
	w2 = w1
	w2 ^= 2030
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_582
# %bb.581:
	w1 *= 33
	w1 += 290
	w2 = w1
LBB0_582:
	w1 = w2
	w1 ^= 2037
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_584
# %bb.583:
	w2 *= 33
	w2 += 291
	w1 = w2
LBB0_584:
	w2 = w1
	w2 ^= 2044
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_586
# %bb.585:
	w1 *= 33
	w1 += 292
	w2 = w1
LBB0_586:
	w1 = w2
	w1 ^= 2051
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_588
# %bb.587:
	w2 *= 33
	w2 += 293
	w1 = w2
LBB0_588:
	w2 = w1
	w2 ^= 2058
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_590
# %bb.589:
	w1 *= 33
	w1 += 294
	w2 = w1
LBB0_590:
	w1 = w2
	w1 ^= 2065
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_592
# %bb.591:
	w2 *= 33
	w2 += 295
	w1 = w2
LBB0_592:
	w2 = w1
	w2 ^= 2072
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_594
# %bb.593:
	w1 *= 33
	w1 += 296
	w2 = w1
LBB0_594:
	w1 = w2
	w1 ^= 2079
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_596
# %bb.595:
	w2 *= 33
	w2 += 297
	w1 = w2
LBB0_596:
	w2 = w1
	w2 ^= 2086
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_598
# %bb.597:
	w1 *= 33
	w1 += 298
	w2 = w1
LBB0_598:
	w1 = w2
	w1 ^= 2093
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_600
# %bb.599:
	w2 *= 33
	w2 += 299
	w1 = w2
LBB0_600:
	w2 = w1
	w2 ^= 2100
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_602
# %bb.601:
	w1 *= 33
	w1 += 300
	w2 = w1
LBB0_602:
	w1 = w2
	w1 ^= 2107
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_604
# %bb.603:
	w2 *= 33
	w2 += 301
	w1 = w2
LBB0_604:
	w2 = w1
	w2 ^= 2114
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_606
# %bb.605:
	w1 *= 33
	w1 += 302
	w2 = w1
LBB0_606:
	w1 = w2
	w1 ^= 2121
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_608
# %bb.607:
	w2 *= 33
	w2 += 303
	w1 = w2
LBB0_608:
	w2 = w1
	w2 ^= 2128
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_610
# %bb.609:
	w1 *= 33
	w1 += 304
	w2 = w1
LBB0_610:
	w1 = w2
	w1 ^= 2135
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_612
# %bb.611:
	w2 *= 33
	w2 += 305
	w1 = w2
LBB0_612:
	w2 = w1
	w2 ^= 2142
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_614
# %bb.613:
	w1 *= 33
	w1 += 306
	w2 = w1
LBB0_614:
	w1 = w2
	w1 ^= 2149
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_616
# %bb.615:
	w2 *= 33
	w2 += 307
	w1 = w2
LBB0_616:
	w2 = w1
	w2 ^= 2156
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_618
# %bb.617:
	w1 *= 33
	w1 += 308
	w2 = w1
LBB0_618:
	w1 = w2
	w1 ^= 2163
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_620
# %bb.619:
	w2 *= 33
	w2 += 309
	w1 = w2
LBB0_620:
	w2 = w1
	w2 ^= 2170
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_622
# %bb.621:
	w1 *= 33
	w1 += 310
	w2 = w1
LBB0_622:
	w1 = w2
	w1 ^= 2177
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_624
# %bb.623:
	w2 *= 33
	w2 += 311
	w1 = w2
LBB0_624:
	w2 = w1
	w2 ^= 2184
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_626
# %bb.625:
	w1 *= 33
	w1 += 312
	w2 = w1
LBB0_626:
	w1 = w2
	w1 ^= 2191
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_628
# %bb.627:
	w2 *= 33
	w2 += 313
	w1 = w2
LBB0_628:
	w2 = w1
	w2 ^= 2198
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_630
# %bb.629:
	w1 *= 33
	w1 += 314
	w2 = w1
LBB0_630:
	w1 = w2
	w1 ^= 2205
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_632
# %bb.631:
	w2 *= 33
	w2 += 315
	w1 = w2
LBB0_632:
	w2 = w1
	w2 ^= 2212
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_634
# %bb.633:
	w1 *= 33
	w1 += 316
	w2 = w1
LBB0_634:
	w1 = w2
	w1 ^= 2219
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_636
# %bb.635:
	w2 *= 33
	w2 += 317
	w1 = w2
LBB0_636:
	w2 = w1
	w2 ^= 2226
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_638
# %bb.637:
	w1 *= 33
	w1 += 318
	w2 = w1
LBB0_638:
	w1 = w2
	w1 *= 33
	w1 += 319
	if w2 s< 0 goto LBB0_640
# %bb.639:
	w2 ^= 2233
	w1 = w2
LBB0_640:
	w2 = w1
	w2 ^= 2240
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_642
# %bb.641:
	w1 *= 33
	w1 += 320
	w2 = w1
LBB0_642:
	w1 = w2
	w1 ^= 2247
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_644
# %bb.643:
	w2 *= 33
	w2 += 321
	w1 = w2
LBB0_644:
	w2 = w1
	w2 ^= 2254
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_646
# %bb.645:
	w1 *= 33
	w1 += 322
	w2 = w1
LBB0_646:
	w1 = w2
	w1 ^= 2261
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_648
# %bb.647:
	w2 *= 33
	w2 += 323
	w1 = w2
LBB0_648:
	w2 = w1
	w2 ^= 2268
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_650
# %bb.649:
	w1 *= 33
	w1 += 324
	w2 = w1
LBB0_650:
	w1 = w2
	w1 ^= 2275
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_652
# %bb.651:
	w2 *= 33
	w2 += 325
	w1 = w2
LBB0_652:
	w2 = w1
	w2 ^= 2282
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_654
# %bb.653:
	w1 *= 33
	w1 += 326
	w2 = w1
LBB0_654:
	w1 = w2
	w1 ^= 2289
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_656
# %bb.655:
	w2 *= 33
	w2 += 327
	w1 = w2
LBB0_656:
	w2 = w1
	w2 ^= 2296
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_658
# %bb.657:
	w1 *= 33
	w1 += 328
	w2 = w1
LBB0_658:
	w1 = w2
	w1 ^= 2303
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_660
# %bb.659:
	w2 *= 33
	w2 += 329
	w1 = w2
LBB0_660:
	w2 = w1
	w2 ^= 2310
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_662
# %bb.661:
	w1 *= 33
	w1 += 330
	w2 = w1
LBB0_662:
	w1 = w2
	w1 ^= 2317
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_664
# %bb.663:
	w2 *= 33
	w2 += 331
	w1 = w2
LBB0_664:
	w2 = w1
	w2 ^= 2324
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_666
# %bb.665:
	w1 *= 33
	w1 += 332
	w2 = w1
LBB0_666:
	w1 = w2
	w1 ^= 2331
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_668
# %bb.667:
	w2 *= 33
	w2 += 333
	w1 = w2
LBB0_668:
	w2 = w1
	w2 ^= 2338
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_670
# %bb.669:
	w1 *= 33
	w1 += 334
	w2 = w1
LBB0_670:
	w1 = w2
	w1 ^= 2345
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_672
# %bb.671:
	w2 *= 33
	w2 += 335
	w1 = w2
LBB0_672:
	w2 = w1
	w2 ^= 2352
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_674
# %bb.673:
	w1 *= 33
	w1 += 336
	w2 = w1
LBB0_674:
	w1 = w2
	w1 ^= 2359
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_676
# %bb.675:
	w2 *= 33
	w2 += 337
	w1 = w2
LBB0_676:
	w2 = w1
	w2 ^= 2366
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_678
# %bb.677:
	w1 *= 33
	w1 += 338
	w2 = w1
LBB0_678:
	w1 = w2
	w1 ^= 2373
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_680
# %bb.679:
	w2 *= 33
	w2 += 339
	w1 = w2
LBB0_680:
	w2 = w1
	w2 ^= 2380
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_682
# %bb.681:
	w1 *= 33
	w1 += 340
	w2 = w1
LBB0_682:
	w1 = w2
	w1 ^= 2387
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_684
# %bb.683:
	w2 *= 33
	w2 += 341
	w1 = w2
LBB0_684:
	w2 = w1
	w2 ^= 2394
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_686
# %bb.685:
	w1 *= 33
	w1 += 342
	w2 = w1
LBB0_686:
	w1 = w2
	w1 ^= 2401
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_688
# %bb.687:
	w2 *= 33
	w2 += 343
	w1 = w2
LBB0_688:
	w2 = w1
	w2 ^= 2408
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_690
# %bb.689:
	w1 *= 33
	w1 += 344
	w2 = w1
LBB0_690:
	w1 = w2
	w1 ^= 2415
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_692
# %bb.691:
	w2 *= 33
	w2 += 345
	w1 = w2
LBB0_692:
	w2 = w1
	w2 ^= 2422
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_694
# %bb.693:
	w1 *= 33
	w1 += 346
	w2 = w1
LBB0_694:
	w1 = w2
	w1 ^= 2429
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_696
# %bb.695:
	w2 *= 33
	w2 += 347
	w1 = w2
LBB0_696:
	w2 = w1
	w2 ^= 2436
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_698
# %bb.697:
	w1 *= 33
	w1 += 348
	w2 = w1
LBB0_698:
	w1 = w2
	w1 ^= 2443
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_700
# %bb.699:
	w2 *= 33
	w2 += 349
	w1 = w2
LBB0_700:
	w2 = w1
	w2 ^= 2450
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_702
# %bb.701:
	w1 *= 33
	w1 += 350
	w2 = w1
LBB0_702:
	w1 = w2
	w1 *= 33
	w1 += 351
	if w2 s< 0 goto LBB0_704
# %bb.703:
	w2 ^= 2457
	w1 = w2
LBB0_704:
	w2 = w1
	w2 ^= 2464
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_706
# %bb.705:
	w1 *= 33
	w1 += 352
	w2 = w1
LBB0_706:
	w1 = w2
	w1 ^= 2471
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_708
# %bb.707:
	w2 *= 33
	w2 += 353
	w1 = w2
LBB0_708:
	w2 = w1
	w2 ^= 2478
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_710
# %bb.709:
	w1 *= 33
	w1 += 354
	w2 = w1
LBB0_710:
	w1 = w2
	w1 ^= 2485
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_712
# %bb.711:
	w2 *= 33
	w2 += 355
	w1 = w2
LBB0_712:
	w2 = w1
	w2 ^= 2492
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_714
# %bb.713:
	w1 *= 33
	w1 += 356
	w2 = w1
LBB0_714:
	w1 = w2
	w1 ^= 2499
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_716
# %bb.715:
	w2 *= 33
	w2 += 357
	w1 = w2
LBB0_716:
	w2 = w1
	w2 ^= 2506
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_718
# %bb.717:
	w1 *= 33
	w1 += 358
	w2 = w1
LBB0_718:
	w1 = w2
	w1 ^= 2513
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_720
# %bb.719:
	w2 *= 33
	w2 += 359
	w1 = w2
LBB0_720:
	w2 = w1
	w2 ^= 2520
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_722
# %bb.721:
	w1 *= 33
	w1 += 360
	w2 = w1
LBB0_722:
	w1 = w2
	w1 ^= 2527
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_724
# %bb.723:
	w2 *= 33
	w2 += 361
	w1 = w2
LBB0_724:
	w2 = w1
	w2 ^= 2534
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_726
# %bb.725:
	w1 *= 33
	w1 += 362
	w2 = w1
LBB0_726:
	w1 = w2
	w1 ^= 2541
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_728
# %bb.727:
	w2 *= 33
	w2 += 363
	w1 = w2
LBB0_728:
	w2 = w1
	w2 ^= 2548
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_730
# %bb.729:
	w1 *= 33
	w1 += 364
	w2 = w1
LBB0_730:
	w1 = w2
	w1 ^= 2555
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_732
# %bb.731:
	w2 *= 33
	w2 += 365
	w1 = w2
LBB0_732:
	w2 = w1
	w2 ^= 2562
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_734
# %bb.733:
	w1 *= 33
	w1 += 366
	w2 = w1
LBB0_734:
	w1 = w2
	w1 ^= 2569
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_736
# %bb.735:
	w2 *= 33
	w2 += 367
	w1 = w2
LBB0_736:
	w2 = w1
	w2 ^= 2576
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_738
# %bb.737:
	w1 *= 33
	w1 += 368
	w2 = w1
LBB0_738:
	w1 = w2
	w1 ^= 2583
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_740
# %bb.739:
	w2 *= 33
	w2 += 369
	w1 = w2
LBB0_740:
	w2 = w1
	w2 ^= 2590
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_742
# %bb.741:
	w1 *= 33
	w1 += 370
	w2 = w1
LBB0_742:
	w1 = w2
	w1 ^= 2597
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_744
# %bb.743:
	w2 *= 33
	w2 += 371
	w1 = w2
LBB0_744:
	w2 = w1
	w2 ^= 2604
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_746
# %bb.745:
	w1 *= 33
	w1 += 372
	w2 = w1
LBB0_746:
	w1 = w2
	w1 ^= 2611
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_748
# %bb.747:
	w2 *= 33
	w2 += 373
	w1 = w2
LBB0_748:
	w2 = w1
	w2 ^= 2618
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_750
# %bb.749:
	w1 *= 33
	w1 += 374
	w2 = w1
LBB0_750:
	w1 = w2
	w1 ^= 2625
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_752
# %bb.751:
	w2 *= 33
	w2 += 375
	w1 = w2
LBB0_752:
	w2 = w1
	w2 ^= 2632
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_754
# %bb.753:
	w1 *= 33
	w1 += 376
	w2 = w1
LBB0_754:
	w1 = w2
	w1 ^= 2639
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_756
# %bb.755:
	w2 *= 33
	w2 += 377
	w1 = w2
LBB0_756:
	w2 = w1
	w2 ^= 2646
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_758
# %bb.757:
	w1 *= 33
	w1 += 378
	w2 = w1
LBB0_758:
	w1 = w2
	w1 ^= 2653
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_760
# %bb.759:
	w2 *= 33
	w2 += 379
	w1 = w2
LBB0_760:
	w2 = w1
	w2 ^= 2660
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_762
# %bb.761:
	w1 *= 33
	w1 += 380
	w2 = w1
LBB0_762:
	w1 = w2
	w1 ^= 2667
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_764
# %bb.763:
	w2 *= 33
	w2 += 381
	w1 = w2
LBB0_764:
	w2 = w1
	w2 ^= 2674
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_766
# %bb.765:
	w1 *= 33
	w1 += 382
	w2 = w1
LBB0_766:
	w1 = w2
	w1 *= 33
	w1 += 383
	if w2 s< 0 goto LBB0_768
# %bb.767:
	w2 ^= 2681
	w1 = w2
LBB0_768:
	w2 = w1
	w2 ^= 2688
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_770
# %bb.769:
	w1 *= 33
	w1 += 384
	w2 = w1
LBB0_770:
	w1 = w2
	w1 ^= 2695
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_772
# %bb.771:
	w2 *= 33
	w2 += 385
	w1 = w2
LBB0_772:
	w2 = w1
	w2 ^= 2702
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_774
# %bb.773:
	w1 *= 33
	w1 += 386
	w2 = w1
LBB0_774:
	w1 = w2
	w1 ^= 2709
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_776
# %bb.775:
	w2 *= 33
	w2 += 387
	w1 = w2
LBB0_776:
	w2 = w1
	w2 ^= 2716
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_778
# %bb.777:
	w1 *= 33
	w1 += 388
	w2 = w1
LBB0_778:
	w1 = w2
	w1 ^= 2723
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_780
# %bb.779:
	w2 *= 33
	w2 += 389
	w1 = w2
LBB0_780:
	w2 = w1
	w2 ^= 2730
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_782
# %bb.781:
	w1 *= 33
	w1 += 390
	w2 = w1
LBB0_782:
	w1 = w2
	w1 ^= 2737
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_784
# %bb.783:
	w2 *= 33
	w2 += 391
	w1 = w2
LBB0_784:
	w2 = w1
	w2 ^= 2744
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_786
# %bb.785:
	w1 *= 33
	w1 += 392
	w2 = w1
LBB0_786:
	w1 = w2
	w1 ^= 2751
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_788
# %bb.787:
	w2 *= 33
	w2 += 393
	w1 = w2
LBB0_788:
	w2 = w1
	w2 ^= 2758
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_790
# %bb.789:
	w1 *= 33
	w1 += 394
	w2 = w1
LBB0_790:
	w1 = w2
	w1 ^= 2765
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_792
# %bb.791:
	w2 *= 33
	w2 += 395
	w1 = w2
LBB0_792:
	w2 = w1
	w2 ^= 2772
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_794
# %bb.793:
	w1 *= 33
	w1 += 396
	w2 = w1
LBB0_794:
	w1 = w2
	w1 ^= 2779
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_796
# %bb.795:
	w2 *= 33
	w2 += 397
	w1 = w2
LBB0_796:
	w2 = w1
	w2 ^= 2786
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_798
# %bb.797:
	w1 *= 33
	w1 += 398
	w2 = w1
LBB0_798:
	w1 = w2
	w1 ^= 2793
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_800
# %bb.799:
	w2 *= 33
	w2 += 399
	w1 = w2
LBB0_800:
	w2 = w1
	w2 ^= 2800
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_802
# %bb.801:
	w1 *= 33
	w1 += 400
	w2 = w1
LBB0_802:
	w1 = w2
	w1 ^= 2807
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_804
# %bb.803:
	w2 *= 33
	w2 += 401
	w1 = w2
LBB0_804:
	w2 = w1
	w2 ^= 2814
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_806
# %bb.805:
	w1 *= 33
	w1 += 402
	w2 = w1
LBB0_806:
	w1 = w2
	w1 ^= 2821
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_808
# %bb.807:
	w2 *= 33
	w2 += 403
	w1 = w2
LBB0_808:
	w2 = w1
	w2 ^= 2828
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_810
# %bb.809:
	w1 *= 33
	w1 += 404
	w2 = w1
LBB0_810:
	w1 = w2
	w1 ^= 2835
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_812
# %bb.811:
	w2 *= 33
	w2 += 405
	w1 = w2
LBB0_812:
	w2 = w1
	w2 ^= 2842
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_814
# %bb.813:
	w1 *= 33
	w1 += 406
	w2 = w1
LBB0_814:
	w1 = w2
	w1 ^= 2849
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_816
# %bb.815:
	w2 *= 33
	w2 += 407
	w1 = w2
LBB0_816:
	w2 = w1
	w2 ^= 2856
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_818
# %bb.817:
	w1 *= 33
	w1 += 408
	w2 = w1
LBB0_818:
	w1 = w2
	w1 ^= 2863
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_820
# %bb.819:
	w2 *= 33
	w2 += 409
	w1 = w2
LBB0_820:
	w2 = w1
	w2 ^= 2870
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_822
# %bb.821:
	w1 *= 33
	w1 += 410
	w2 = w1
LBB0_822:
	w1 = w2
	w1 ^= 2877
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_824
# %bb.823:
	w2 *= 33
	w2 += 411
	w1 = w2
LBB0_824:
	w2 = w1
	w2 ^= 2884
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_826
# %bb.825:
	w1 *= 33
	w1 += 412
	w2 = w1
LBB0_826:
	w1 = w2
	w1 ^= 2891
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_828
# %bb.827:
	w2 *= 33
	w2 += 413
	w1 = w2
LBB0_828:
	w2 = w1
	w2 ^= 2898
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_830
# %bb.829:
	w1 *= 33
	w1 += 414
	w2 = w1
LBB0_830:
	w1 = w2
	w1 *= 33
	w1 += 415
	if w2 s< 0 goto LBB0_832
# %bb.831:
	w2 ^= 2905
	w1 = w2
LBB0_832:
	w2 = w1
	w2 ^= 2912
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_834
# %bb.833:
	w1 *= 33
	w1 += 416
	w2 = w1
LBB0_834:
	w1 = w2
	w1 ^= 2919
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_836
# %bb.835:
	w2 *= 33
	w2 += 417
	w1 = w2
LBB0_836:
	w2 = w1
	w2 ^= 2926
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_838
# %bb.837:
	w1 *= 33
	w1 += 418
	w2 = w1
LBB0_838:
	w1 = w2
	w1 ^= 2933
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_840
# %bb.839:
	w2 *= 33
	w2 += 419
	w1 = w2
LBB0_840:
	w2 = w1
	w2 ^= 2940
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_842
# %bb.841:
	w1 *= 33
	w1 += 420
	w2 = w1
LBB0_842:
	w1 = w2
	w1 ^= 2947
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_844
# %bb.843:
	w2 *= 33
	w2 += 421
	w1 = w2
LBB0_844:
	w2 = w1
	w2 ^= 2954
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_846
# %bb.845:
	w1 *= 33
	w1 += 422
	w2 = w1
LBB0_846:
	w1 = w2
	w1 ^= 2961
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_848
# %bb.847:
	w2 *= 33
	w2 += 423
	w1 = w2
LBB0_848:
	w2 = w1
	w2 ^= 2968
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_850
# %bb.849:
	w1 *= 33
	w1 += 424
	w2 = w1
LBB0_850:
	w1 = w2
	w1 ^= 2975
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_852
# %bb.851:
	w2 *= 33
	w2 += 425
	w1 = w2
LBB0_852:
	w2 = w1
	w2 ^= 2982
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_854
# %bb.853:
	w1 *= 33
	w1 += 426
	w2 = w1
LBB0_854:
	w1 = w2
	w1 ^= 2989
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_856
# %bb.855:
	w2 *= 33
	w2 += 427
	w1 = w2
LBB0_856:
	w2 = w1
	w2 ^= 2996
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_858
# %bb.857:
	w1 *= 33
	w1 += 428
	w2 = w1
LBB0_858:
	w1 = w2
	w1 ^= 3003
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_860
# %bb.859:
	w2 *= 33
	w2 += 429
	w1 = w2
LBB0_860:
	w2 = w1
	w2 ^= 3010
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_862
# %bb.861:
	w1 *= 33
	w1 += 430
	w2 = w1
LBB0_862:
	w1 = w2
	w1 ^= 3017
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_864
# %bb.863:
	w2 *= 33
	w2 += 431
	w1 = w2
LBB0_864:
	w2 = w1
	w2 ^= 3024
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_866
# %bb.865:
	w1 *= 33
	w1 += 432
	w2 = w1
LBB0_866:
	w1 = w2
	w1 ^= 3031
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_868
# %bb.867:
	w2 *= 33
	w2 += 433
	w1 = w2
LBB0_868:
	w2 = w1
	w2 ^= 3038
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_870
# %bb.869:
	w1 *= 33
	w1 += 434
	w2 = w1
LBB0_870:
	w1 = w2
	w1 ^= 3045
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_872
# %bb.871:
	w2 *= 33
	w2 += 435
	w1 = w2
LBB0_872:
	w2 = w1
	w2 ^= 3052
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_874
# %bb.873:
	w1 *= 33
	w1 += 436
	w2 = w1
LBB0_874:
	w1 = w2
	w1 ^= 3059
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_876
# %bb.875:
	w2 *= 33
	w2 += 437
	w1 = w2
LBB0_876:
	w2 = w1
	w2 ^= 3066
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_878
# %bb.877:
	w1 *= 33
	w1 += 438
	w2 = w1
LBB0_878:
	w1 = w2
	w1 ^= 3073
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_880
# %bb.879:
	w2 *= 33
	w2 += 439
	w1 = w2
LBB0_880:
	w2 = w1
	w2 ^= 3080
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_882
# %bb.881:
	w1 *= 33
	w1 += 440
	w2 = w1
LBB0_882:
	w1 = w2
	w1 ^= 3087
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_884
# %bb.883:
	w2 *= 33
	w2 += 441
	w1 = w2
LBB0_884:
	w2 = w1
	w2 ^= 3094
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_886
# %bb.885:
	w1 *= 33
	w1 += 442
	w2 = w1
LBB0_886:
	w1 = w2
	w1 ^= 3101
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_888
# %bb.887:
	w2 *= 33
	w2 += 443
	w1 = w2
LBB0_888:
	w2 = w1
	w2 ^= 3108
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_890
# %bb.889:
	w1 *= 33
	w1 += 444
	w2 = w1
LBB0_890:
	w1 = w2
	w1 ^= 3115
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_892
# %bb.891:
	w2 *= 33
	w2 += 445
	w1 = w2
LBB0_892:
	w2 = w1
	w2 ^= 3122
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_894
# %bb.893:
	w1 *= 33
	w1 += 446
	w2 = w1
LBB0_894:
	w1 = w2
	w1 *= 33
	w1 += 447
	if w2 s< 0 goto LBB0_896
# %bb.895:
	w2 ^= 3129
	w1 = w2
LBB0_896:
	w2 = w1
	w2 ^= 3136
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_898
# %bb.897:
	w1 *= 33
	w1 += 448
	w2 = w1
LBB0_898:
	w1 = w2
	w1 ^= 3143
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_900
# %bb.899:
	w2 *= 33
	w2 += 449
	w1 = w2
LBB0_900:
	w2 = w1
	w2 ^= 3150
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_902
# %bb.901:
	w1 *= 33
	w1 += 450
	w2 = w1
LBB0_902:
	w1 = w2
	w1 ^= 3157
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_904
# %bb.903:
	w2 *= 33
	w2 += 451
	w1 = w2
LBB0_904:
	w2 = w1
	w2 ^= 3164
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_906
# %bb.905:
	w1 *= 33
	w1 += 452
	w2 = w1
LBB0_906:
	w1 = w2
	w1 ^= 3171
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_908
# %bb.907:
	w2 *= 33
	w2 += 453
	w1 = w2
LBB0_908:
	w2 = w1
	w2 ^= 3178
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_910
# %bb.909:
	w1 *= 33
	w1 += 454
	w2 = w1
LBB0_910:
	w1 = w2
	w1 ^= 3185
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_912
# %bb.911:
	w2 *= 33
	w2 += 455
	w1 = w2
LBB0_912:
	w2 = w1
	w2 ^= 3192
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_914
# %bb.913:
	w1 *= 33
	w1 += 456
	w2 = w1
LBB0_914:
	w1 = w2
	w1 ^= 3199
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_916
# %bb.915:
	w2 *= 33
	w2 += 457
	w1 = w2
LBB0_916:
	w2 = w1
	w2 ^= 3206
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_918
# %bb.917:
	w1 *= 33
	w1 += 458
	w2 = w1
LBB0_918:
	w1 = w2
	w1 ^= 3213
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_920
# %bb.919:
	w2 *= 33
	w2 += 459
	w1 = w2
LBB0_920:
	w2 = w1
	w2 ^= 3220
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_922
# %bb.921:
	w1 *= 33
	w1 += 460
	w2 = w1
LBB0_922:
	w1 = w2
	w1 ^= 3227
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_924
# %bb.923:
	w2 *= 33
	w2 += 461
	w1 = w2
LBB0_924:
	w2 = w1
	w2 ^= 3234
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_926
# %bb.925:
	w1 *= 33
	w1 += 462
	w2 = w1
LBB0_926:
	w1 = w2
	w1 ^= 3241
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_928
# %bb.927:
	w2 *= 33
	w2 += 463
	w1 = w2
LBB0_928:
	w2 = w1
	w2 ^= 3248
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_930
# %bb.929:
	w1 *= 33
	w1 += 464
	w2 = w1
LBB0_930:
	w1 = w2
	w1 ^= 3255
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_932
# %bb.931:
	w2 *= 33
	w2 += 465
	w1 = w2
LBB0_932:
	w2 = w1
	w2 ^= 3262
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_934
# %bb.933:
	w1 *= 33
	w1 += 466
	w2 = w1
LBB0_934:
	w1 = w2
	w1 ^= 3269
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_936
# %bb.935:
	w2 *= 33
	w2 += 467
	w1 = w2
LBB0_936:
	w2 = w1
	w2 ^= 3276
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_938
# %bb.937:
	w1 *= 33
	w1 += 468
	w2 = w1
LBB0_938:
	w1 = w2
	w1 ^= 3283
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_940
# %bb.939:
	w2 *= 33
	w2 += 469
	w1 = w2
LBB0_940:
	w2 = w1
	w2 ^= 3290
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_942
# %bb.941:
	w1 *= 33
	w1 += 470
	w2 = w1
LBB0_942:
	w1 = w2
	w1 ^= 3297
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_944
# %bb.943:
	w2 *= 33
	w2 += 471
	w1 = w2
LBB0_944:
	w2 = w1
	w2 ^= 3304
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_946
# %bb.945:
	w1 *= 33
	w1 += 472
	w2 = w1
LBB0_946:
	w1 = w2
	w1 ^= 3311
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_948
# %bb.947:
	w2 *= 33
	w2 += 473
	w1 = w2
LBB0_948:
	w2 = w1
	w2 ^= 3318
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_950
# %bb.949:
	w1 *= 33
	w1 += 474
	w2 = w1
LBB0_950:
	w1 = w2
	w1 ^= 3325
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_952
# %bb.951:
	w2 *= 33
	w2 += 475
	w1 = w2
LBB0_952:
	w2 = w1
	w2 ^= 3332
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_954
# %bb.953:
	w1 *= 33
	w1 += 476
	w2 = w1
LBB0_954:
	w1 = w2
	w1 ^= 3339
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_956
# %bb.955:
	w2 *= 33
	w2 += 477
	w1 = w2
LBB0_956:
	w2 = w1
	w2 ^= 3346
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_958
# %bb.957:
	w1 *= 33
	w1 += 478
	w2 = w1
LBB0_958:
	w1 = w2
	w1 *= 33
	w1 += 479
	if w2 s< 0 goto LBB0_960
# %bb.959:
	w2 ^= 3353
	w1 = w2
LBB0_960:
	w2 = w1
	w2 ^= 3360
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_962
# %bb.961:
	w1 *= 33
	w1 += 480
	w2 = w1
LBB0_962:
	w1 = w2
	w1 ^= 3367
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_964
# %bb.963:
	w2 *= 33
	w2 += 481
	w1 = w2
LBB0_964:
	w2 = w1
	w2 ^= 3374
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_966
# %bb.965:
	w1 *= 33
	w1 += 482
	w2 = w1
LBB0_966:
	w1 = w2
	w1 ^= 3381
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_968
# %bb.967:
	w2 *= 33
	w2 += 483
	w1 = w2
LBB0_968:
	w2 = w1
	w2 ^= 3388
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_970
# %bb.969:
	w1 *= 33
	w1 += 484
	w2 = w1
LBB0_970:
	w1 = w2
	w1 ^= 3395
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_972
# %bb.971:
	w2 *= 33
	w2 += 485
	w1 = w2
LBB0_972:
	w2 = w1
	w2 ^= 3402
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_974
# %bb.973:
	w1 *= 33
	w1 += 486
	w2 = w1
LBB0_974:
	w1 = w2
	w1 ^= 3409
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_976
# %bb.975:
	w2 *= 33
	w2 += 487
	w1 = w2
LBB0_976:
	w2 = w1
	w2 ^= 3416
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_978
# %bb.977:
	w1 *= 33
	w1 += 488
	w2 = w1
LBB0_978:
	w1 = w2
	w1 ^= 3423
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_980
# %bb.979:
	w2 *= 33
	w2 += 489
	w1 = w2
LBB0_980:
	w2 = w1
	w2 ^= 3430
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_982
# %bb.981:
	w1 *= 33
	w1 += 490
	w2 = w1
LBB0_982:
	w1 = w2
	w1 ^= 3437
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_984
# %bb.983:
	w2 *= 33
	w2 += 491
	w1 = w2
LBB0_984:
	w2 = w1
	w2 ^= 3444
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_986
# %bb.985:
	w1 *= 33
	w1 += 492
	w2 = w1
LBB0_986:
	w1 = w2
	w1 ^= 3451
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_988
# %bb.987:
	w2 *= 33
	w2 += 493
	w1 = w2
LBB0_988:
	w2 = w1
	w2 ^= 3458
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_990
# %bb.989:
	w1 *= 33
	w1 += 494
	w2 = w1
LBB0_990:
	w1 = w2
	w1 ^= 3465
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_992
# %bb.991:
	w2 *= 33
	w2 += 495
	w1 = w2
LBB0_992:
	w2 = w1
	w2 ^= 3472
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_994
# %bb.993:
	w1 *= 33
	w1 += 496
	w2 = w1
LBB0_994:
	w1 = w2
	w1 ^= 3479
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_996
# %bb.995:
	w2 *= 33
	w2 += 497
	w1 = w2
LBB0_996:
	w2 = w1
	w2 ^= 3486
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_998
# %bb.997:
	w1 *= 33
	w1 += 498
	w2 = w1
LBB0_998:
	w1 = w2
	w1 ^= 3493
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_1000
# %bb.999:
	w2 *= 33
	w2 += 499
	w1 = w2
LBB0_1000:
	w2 = w1
	w2 ^= 3500
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_1002
# %bb.1001:
	w1 *= 33
	w1 += 500
	w2 = w1
LBB0_1002:
	w1 = w2
	w1 ^= 3507
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_1004
# %bb.1003:
	w2 *= 33
	w2 += 501
	w1 = w2
LBB0_1004:
	w2 = w1
	w2 ^= 3514
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_1006
# %bb.1005:
	w1 *= 33
	w1 += 502
	w2 = w1
LBB0_1006:
	w1 = w2
	w1 ^= 3521
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_1008
# %bb.1007:
	w2 *= 33
	w2 += 503
	w1 = w2
LBB0_1008:
	w2 = w1
	w2 ^= 3528
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_1010
# %bb.1009:
	w1 *= 33
	w1 += 504
	w2 = w1
LBB0_1010:
	w1 = w2
	w1 ^= 3535
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_1012
# %bb.1011:
	w2 *= 33
	w2 += 505
	w1 = w2
LBB0_1012:
	w2 = w1
	w2 ^= 3542
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_1014
# %bb.1013:
	w1 *= 33
	w1 += 506
	w2 = w1
LBB0_1014:
	w1 = w2
	w1 ^= 3549
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_1016
# %bb.1015:
	w2 *= 33
	w2 += 507
	w1 = w2
LBB0_1016:
	w2 = w1
	w2 ^= 3556
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_1018
# %bb.1017:
	w1 *= 33
	w1 += 508
	w2 = w1
LBB0_1018:
	w1 = w2
	w1 ^= 3563
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_1020
# %bb.1019:
	w2 *= 33
	w2 += 509
	w1 = w2
LBB0_1020:
	w2 = w1
	w2 ^= 3570
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_1022
# %bb.1021:
	w1 *= 33
	w1 += 510
	w2 = w1
LBB0_1022:
	w1 = w2
	w1 *= 33
	w1 += 511
	if w2 s< 0 goto LBB0_1024
# %bb.1023:
	w2 ^= 3577
	w1 = w2
LBB0_1024:
	w2 = w1
	w2 ^= 3584
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_1026
# %bb.1025:
	w1 *= 33
	w1 += 512
	w2 = w1
LBB0_1026:
	w1 = w2
	w1 ^= 3591
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_1028
# %bb.1027:
	w2 *= 33
	w2 += 513
	w1 = w2
LBB0_1028:
	w2 = w1
	w2 ^= 3598
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_1030
# %bb.1029:
	w1 *= 33
	w1 += 514
	w2 = w1
LBB0_1030:
	w1 = w2
	w1 ^= 3605
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_1032
# %bb.1031:
	w2 *= 33
	w2 += 515
	w1 = w2
LBB0_1032:
	w2 = w1
	w2 ^= 3612
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_1034
# %bb.1033:
	w1 *= 33
	w1 += 516
	w2 = w1
LBB0_1034:
	w1 = w2
	w1 ^= 3619
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_1036
# %bb.1035:
	w2 *= 33
	w2 += 517
	w1 = w2
LBB0_1036:
	w2 = w1
	w2 ^= 3626
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_1038
# %bb.1037:
	w1 *= 33
	w1 += 518
	w2 = w1
LBB0_1038:
	w1 = w2
	w1 ^= 3633
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_1040
# %bb.1039:
	w2 *= 33
	w2 += 519
	w1 = w2
LBB0_1040:
	w2 = w1
	w2 ^= 3640
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_1042
# %bb.1041:
	w1 *= 33
	w1 += 520
	w2 = w1
LBB0_1042:
	w1 = w2
	w1 ^= 3647
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_1044
# %bb.1043:
	w2 *= 33
	w2 += 521
	w1 = w2
LBB0_1044:
	w2 = w1
	w2 ^= 3654
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_1046
# %bb.1045:
	w1 *= 33
	w1 += 522
	w2 = w1
LBB0_1046:
	w1 = w2
	w1 ^= 3661
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_1048
# %bb.1047:
	w2 *= 33
	w2 += 523
	w1 = w2
LBB0_1048:
	w2 = w1
	w2 ^= 3668
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_1050
# %bb.1049:
	w1 *= 33
	w1 += 524
	w2 = w1
LBB0_1050:
	w1 = w2
	w1 ^= 3675
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_1052
# %bb.1051:
	w2 *= 33
	w2 += 525
	w1 = w2
LBB0_1052:
	w2 = w1
	w2 ^= 3682
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_1054
# %bb.1053:
	w1 *= 33
	w1 += 526
	w2 = w1
LBB0_1054:
	w1 = w2
	w1 ^= 3689
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_1056
# %bb.1055:
	w2 *= 33
	w2 += 527
	w1 = w2
LBB0_1056:
	w2 = w1
	w2 ^= 3696
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_1058
# %bb.1057:
	w1 *= 33
	w1 += 528
	w2 = w1
LBB0_1058:
	w1 = w2
	w1 ^= 3703
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_1060
# %bb.1059:
	w2 *= 33
	w2 += 529
	w1 = w2
LBB0_1060:
	w2 = w1
	w2 ^= 3710
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_1062
# %bb.1061:
	w1 *= 33
	w1 += 530
	w2 = w1
LBB0_1062:
	w1 = w2
	w1 ^= 3717
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_1064
# %bb.1063:
	w2 *= 33
	w2 += 531
	w1 = w2
LBB0_1064:
	w2 = w1
	w2 ^= 3724
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_1066
# %bb.1065:
	w1 *= 33
	w1 += 532
	w2 = w1
LBB0_1066:
	w1 = w2
	w1 ^= 3731
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_1068
# %bb.1067:
	w2 *= 33
	w2 += 533
	w1 = w2
LBB0_1068:
	w2 = w1
	w2 ^= 3738
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_1070
# %bb.1069:
	w1 *= 33
	w1 += 534
	w2 = w1
LBB0_1070:
	w1 = w2
	w1 ^= 3745
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_1072
# %bb.1071:
	w2 *= 33
	w2 += 535
	w1 = w2
LBB0_1072:
	w2 = w1
	w2 ^= 3752
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_1074
# %bb.1073:
	w1 *= 33
	w1 += 536
	w2 = w1
LBB0_1074:
	w1 = w2
	w1 ^= 3759
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_1076
# %bb.1075:
	w2 *= 33
	w2 += 537
	w1 = w2
LBB0_1076:
	w2 = w1
	w2 ^= 3766
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_1078
# %bb.1077:
	w1 *= 33
	w1 += 538
	w2 = w1
LBB0_1078:
	w1 = w2
	w1 ^= 3773
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_1080
# %bb.1079:
	w2 *= 33
	w2 += 539
	w1 = w2
LBB0_1080:
	w2 = w1
	w2 ^= 3780
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_1082
# %bb.1081:
	w1 *= 33
	w1 += 540
	w2 = w1
LBB0_1082:
	w1 = w2
	w1 ^= 3787
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_1084
# %bb.1083:
	w2 *= 33
	w2 += 541
	w1 = w2
LBB0_1084:
	w2 = w1
	w2 ^= 3794
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_1086
# %bb.1085:
	w1 *= 33
	w1 += 542
	w2 = w1
LBB0_1086:
	w1 = w2
	w1 *= 33
	w1 += 543
	if w2 s< 0 goto LBB0_1088
# %bb.1087:
	w2 ^= 3801
	w1 = w2
LBB0_1088:
	w2 = w1
	w2 ^= 3808
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_1090
# %bb.1089:
	w1 *= 33
	w1 += 544
	w2 = w1
LBB0_1090:
	w1 = w2
	w1 ^= 3815
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_1092
# %bb.1091:
	w2 *= 33
	w2 += 545
	w1 = w2
LBB0_1092:
	w2 = w1
	w2 ^= 3822
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_1094
# %bb.1093:
	w1 *= 33
	w1 += 546
	w2 = w1
LBB0_1094:
	w1 = w2
	w1 ^= 3829
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_1096
# %bb.1095:
	w2 *= 33
	w2 += 547
	w1 = w2
LBB0_1096:
	w2 = w1
	w2 ^= 3836
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_1098
# %bb.1097:
	w1 *= 33
	w1 += 548
	w2 = w1
LBB0_1098:
	w1 = w2
	w1 ^= 3843
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_1100
# %bb.1099:
	w2 *= 33
	w2 += 549
	w1 = w2
LBB0_1100:
	w2 = w1
	w2 ^= 3850
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_1102
# %bb.1101:
	w1 *= 33
	w1 += 550
	w2 = w1
LBB0_1102:
	w1 = w2
	w1 ^= 3857
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_1104
# %bb.1103:
	w2 *= 33
	w2 += 551
	w1 = w2
LBB0_1104:
	w2 = w1
	w2 ^= 3864
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_1106
# %bb.1105:
	w1 *= 33
	w1 += 552
	w2 = w1
LBB0_1106:
	w1 = w2
	w1 ^= 3871
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_1108
# %bb.1107:
	w2 *= 33
	w2 += 553
	w1 = w2
LBB0_1108:
	w2 = w1
	w2 ^= 3878
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_1110
# %bb.1109:
	w1 *= 33
	w1 += 554
	w2 = w1
LBB0_1110:
	w1 = w2
	w1 ^= 3885
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_1112
# %bb.1111:
	w2 *= 33
	w2 += 555
	w1 = w2
LBB0_1112:
	w2 = w1
	w2 ^= 3892
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_1114
# %bb.1113:
	w1 *= 33
	w1 += 556
	w2 = w1
LBB0_1114:
	w1 = w2
	w1 ^= 3899
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_1116
# %bb.1115:
	w2 *= 33
	w2 += 557
	w1 = w2
LBB0_1116:
	w2 = w1
	w2 ^= 3906
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_1118
# %bb.1117:
	w1 *= 33
	w1 += 558
	w2 = w1
LBB0_1118:
	w1 = w2
	w1 ^= 3913
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_1120
# %bb.1119:
	w2 *= 33
	w2 += 559
	w1 = w2
LBB0_1120:
	w2 = w1
	w2 ^= 3920
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_1122
# %bb.1121:
	w1 *= 33
	w1 += 560
	w2 = w1
LBB0_1122:
	w1 = w2
	w1 ^= 3927
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_1124
# %bb.1123:
	w2 *= 33
	w2 += 561
	w1 = w2
LBB0_1124:
	w2 = w1
	w2 ^= 3934
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_1126
# %bb.1125:
	w1 *= 33
	w1 += 562
	w2 = w1
LBB0_1126:
	w1 = w2
	w1 ^= 3941
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_1128
# %bb.1127:
	w2 *= 33
	w2 += 563
	w1 = w2
LBB0_1128:
	w2 = w1
	w2 ^= 3948
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_1130
# %bb.1129:
	w1 *= 33
	w1 += 564
	w2 = w1
LBB0_1130:
	w1 = w2
	w1 ^= 3955
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_1132
# %bb.1131:
	w2 *= 33
	w2 += 565
	w1 = w2
LBB0_1132:
	w2 = w1
	w2 ^= 3962
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_1134
# %bb.1133:
	w1 *= 33
	w1 += 566
	w2 = w1
LBB0_1134:
	w1 = w2
	w1 ^= 3969
	w3 = w2
	w3 &= 8388608
	if w3 == 0 goto LBB0_1136
# %bb.1135:
	w2 *= 33
	w2 += 567
	w1 = w2
LBB0_1136:
	w2 = w1
	w2 ^= 3976
	w3 = w1
	w3 &= 16777216
	if w3 == 0 goto LBB0_1138
# %bb.1137:
	w1 *= 33
	w1 += 568
	w2 = w1
LBB0_1138:
	w1 = w2
	w1 ^= 3983
	w3 = w2
	w3 &= 33554432
	if w3 == 0 goto LBB0_1140
# %bb.1139:
	w2 *= 33
	w2 += 569
	w1 = w2
LBB0_1140:
	w2 = w1
	w2 ^= 3990
	w3 = w1
	w3 &= 67108864
	if w3 == 0 goto LBB0_1142
# %bb.1141:
	w1 *= 33
	w1 += 570
	w2 = w1
LBB0_1142:
	w1 = w2
	w1 ^= 3997
	w3 = w2
	w3 &= 134217728
	if w3 == 0 goto LBB0_1144
# %bb.1143:
	w2 *= 33
	w2 += 571
	w1 = w2
LBB0_1144:
	w2 = w1
	w2 ^= 4004
	w3 = w1
	w3 &= 268435456
	if w3 == 0 goto LBB0_1146
# %bb.1145:
	w1 *= 33
	w1 += 572
	w2 = w1
LBB0_1146:
	w1 = w2
	w1 ^= 4011
	w3 = w2
	w3 &= 536870912
	if w3 == 0 goto LBB0_1148
# %bb.1147:
	w2 *= 33
	w2 += 573
	w1 = w2
LBB0_1148:
	w2 = w1
	w2 ^= 4018
	w3 = w1
	w3 &= 1073741824
	if w3 == 0 goto LBB0_1150
# %bb.1149:
	w1 *= 33
	w1 += 574
	w2 = w1
LBB0_1150:
	w1 = w2
	w1 *= 33
	w1 += 575
	if w2 s< 0 goto LBB0_1152
# %bb.1151:
	w2 ^= 4025
	w1 = w2
LBB0_1152:
	w2 = w1
	w2 ^= 4032
	w3 = w1
	w3 &= 1
	if w3 == 0 goto LBB0_1154
# %bb.1153:
	w1 *= 33
	w1 += 576
	w2 = w1
LBB0_1154:
	w1 = w2
	w1 ^= 4039
	w3 = w2
	w3 &= 2
	if w3 == 0 goto LBB0_1156
# %bb.1155:
	w2 *= 33
	w2 += 577
	w1 = w2
LBB0_1156:
	w2 = w1
	w2 ^= 4046
	w3 = w1
	w3 &= 4
	if w3 == 0 goto LBB0_1158
# %bb.1157:
	w1 *= 33
	w1 += 578
	w2 = w1
LBB0_1158:
	w1 = w2
	w1 ^= 4053
	w3 = w2
	w3 &= 8
	if w3 == 0 goto LBB0_1160
# %bb.1159:
	w2 *= 33
	w2 += 579
	w1 = w2
LBB0_1160:
	w2 = w1
	w2 ^= 4060
	w3 = w1
	w3 &= 16
	if w3 == 0 goto LBB0_1162
# %bb.1161:
	w1 *= 33
	w1 += 580
	w2 = w1
LBB0_1162:
	w1 = w2
	w1 ^= 4067
	w3 = w2
	w3 &= 32
	if w3 == 0 goto LBB0_1164
# %bb.1163:
	w2 *= 33
	w2 += 581
	w1 = w2
LBB0_1164:
	w2 = w1
	w2 ^= 4074
	w3 = w1
	w3 &= 64
	if w3 == 0 goto LBB0_1166
# %bb.1165:
	w1 *= 33
	w1 += 582
	w2 = w1
LBB0_1166:
	w1 = w2
	w1 ^= 4081
	w3 = w2
	w3 &= 128
	if w3 == 0 goto LBB0_1168
# %bb.1167:
	w2 *= 33
	w2 += 583
	w1 = w2
LBB0_1168:
	w2 = w1
	w2 ^= 4088
	w3 = w1
	w3 &= 256
	if w3 == 0 goto LBB0_1170
# %bb.1169:
	w1 *= 33
	w1 += 584
	w2 = w1
LBB0_1170:
	w1 = w2
	w1 ^= 4095
	w3 = w2
	w3 &= 512
	if w3 == 0 goto LBB0_1172
# %bb.1171:
	w2 *= 33
	w2 += 585
	w1 = w2
LBB0_1172:
	w2 = w1
	w2 ^= 4102
	w3 = w1
	w3 &= 1024
	if w3 == 0 goto LBB0_1174
# %bb.1173:
	w1 *= 33
	w1 += 586
	w2 = w1
LBB0_1174:
	w1 = w2
	w1 ^= 4109
	w3 = w2
	w3 &= 2048
	if w3 == 0 goto LBB0_1176
# %bb.1175:
	w2 *= 33
	w2 += 587
	w1 = w2
LBB0_1176:
	w2 = w1
	w2 ^= 4116
	w3 = w1
	w3 &= 4096
	if w3 == 0 goto LBB0_1178
# %bb.1177:
	w1 *= 33
	w1 += 588
	w2 = w1
LBB0_1178:
	w1 = w2
	w1 ^= 4123
	w3 = w2
	w3 &= 8192
	if w3 == 0 goto LBB0_1180
# %bb.1179:
	w2 *= 33
	w2 += 589
	w1 = w2
LBB0_1180:
	w2 = w1
	w2 ^= 4130
	w3 = w1
	w3 &= 16384
	if w3 == 0 goto LBB0_1182
# %bb.1181:
	w1 *= 33
	w1 += 590
	w2 = w1
LBB0_1182:
	w1 = w2
	w1 ^= 4137
	w3 = w2
	w3 &= 32768
	if w3 == 0 goto LBB0_1184
# %bb.1183:
	w2 *= 33
	w2 += 591
	w1 = w2
LBB0_1184:
	w2 = w1
	w2 ^= 4144
	w3 = w1
	w3 &= 65536
	if w3 == 0 goto LBB0_1186
# %bb.1185:
	w1 *= 33
	w1 += 592
	w2 = w1
LBB0_1186:
	w1 = w2
	w1 ^= 4151
	w3 = w2
	w3 &= 131072
	if w3 == 0 goto LBB0_1188
# %bb.1187:
	w2 *= 33
	w2 += 593
	w1 = w2
LBB0_1188:
	w2 = w1
	w2 ^= 4158
	w3 = w1
	w3 &= 262144
	if w3 == 0 goto LBB0_1190
# %bb.1189:
	w1 *= 33
	w1 += 594
	w2 = w1
LBB0_1190:
	w1 = w2
	w1 ^= 4165
	w3 = w2
	w3 &= 524288
	if w3 == 0 goto LBB0_1192
# %bb.1191:
	w2 *= 33
	w2 += 595
	w1 = w2
LBB0_1192:
	w2 = w1
	w2 ^= 4172
	w3 = w1
	w3 &= 1048576
	if w3 == 0 goto LBB0_1194
# %bb.1193:
	w1 *= 33
	w1 += 596
	w2 = w1
LBB0_1194:
	w1 = w2
	w1 ^= 4179
	w3 = w2
	w3 &= 2097152
	if w3 == 0 goto LBB0_1196
# %bb.1195:
	w2 *= 33
	w2 += 597
	w1 = w2
LBB0_1196:
	w2 = w1
	w2 ^= 4186
	w3 = w1
	w3 &= 4194304
	if w3 == 0 goto LBB0_1198
# %bb.1197:
	w1 *= 33
	w1 += 598
	w2 = w1
LBB0_1198:
	w0 = w2
	w0 ^= 4193
	w1 = w2
	w1 &= 8388608
	if w1 == 0 goto LBB0_1200
# %bb.1199:
	w2 *= 33
	w2 += 599
	w0 = w2
LBB0_1200:
	exit
.Lfunc_end0:
	.size	far, .Lfunc_end0-far
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym far
	.addrsig_sym _license
