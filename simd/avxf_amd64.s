/*
 * AVX2 kernels of FP32 products with matrices in panels (src/weights.c),
 * used where avx2() says the machine has them, giving the SSE2 kernels'
 * bits: a lane holds a row and adds its products in column order, a
 * multiply then an add (no FMA: one rounding each, as the C).
 * 6a has no AVX mnemonics: each VEX instruction is BYTEs with the
 * instruction, in GNU as syntax, in its comment; test/gen/vexbytes
 * makes such lines and the test vex_bytes checks every one against as.
 */

/*
 * matvec4pavx(out, x, w, n, np, ostride, xstride): np panels of sixteen
 * rows times four inputs, x + t·xstride → out + t·ostride, as
 * matvec4psse: a whole panel at a time, a column's sixteen weights (two
 * YMM registers) serving the four inputs in turn: eight chains of adds.
 */
TEXT	matvec4pavx(SB), $0
	MOVQ	BP, DI
	MOVQ	x+8(FP), SI
	MOVQ	w+16(FP), DX
	MOVQ	n+24(FP), CX
	MOVQ	np+32(FP), R8
	MOVQ	ostride+40(FP), R10
	MOVQ	xstride+48(FP), R11
	SHLQ	$2, R10
	SHLQ	$2, R11
	LEAQ	(R10)(R10*2), R12	/* 3·ostride, 3·xstride bytes */
	LEAQ	(R11)(R11*2), R13
panv:
	CMPQ	R8, $0
	JLE	panvend
	BYTE $0xC5; BYTE $0xFC; BYTE $0x57; BYTE $0xC0	/* vxorps %ymm0, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xF4; BYTE $0x57; BYTE $0xC9	/* vxorps %ymm1, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xEC; BYTE $0x57; BYTE $0xD2	/* vxorps %ymm2, %ymm2, %ymm2 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x57; BYTE $0xDB	/* vxorps %ymm3, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0xDC; BYTE $0x57; BYTE $0xE4	/* vxorps %ymm4, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xD4; BYTE $0x57; BYTE $0xED	/* vxorps %ymm5, %ymm5, %ymm5 */
	BYTE $0xC5; BYTE $0xCC; BYTE $0x57; BYTE $0xF6	/* vxorps %ymm6, %ymm6, %ymm6 */
	BYTE $0xC5; BYTE $0xC4; BYTE $0x57; BYTE $0xFF	/* vxorps %ymm7, %ymm7, %ymm7 */
	MOVQ	SI, AX
	MOVQ	CX, BX
colv:
	CMPQ	BX, $0
	JLE	storev
	BYTE $0xC5; BYTE $0x7C; BYTE $0x10; BYTE $0x02	/* vmovups (%rdx), %ymm8 */
	BYTE $0xC5; BYTE $0x7C; BYTE $0x10; BYTE $0x4A; BYTE $0x20	/* vmovups 32(%rdx), %ymm9 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x18; BYTE $0x10	/* vbroadcastss (%rax), %ymm10 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x59; BYTE $0xE2	/* vmulps %ymm10, %ymm8, %ymm12 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7C; BYTE $0x58; BYTE $0xC4	/* vaddps %ymm12, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x59; BYTE $0xD2	/* vmulps %ymm10, %ymm9, %ymm10 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x74; BYTE $0x58; BYTE $0xCA	/* vaddps %ymm10, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x18; BYTE $0x1C; BYTE $0x18	/* vbroadcastss (%rax,%r11,1), %ymm11 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x59; BYTE $0xE3	/* vmulps %ymm11, %ymm8, %ymm12 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6C; BYTE $0x58; BYTE $0xD4	/* vaddps %ymm12, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x59; BYTE $0xDB	/* vmulps %ymm11, %ymm9, %ymm11 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x64; BYTE $0x58; BYTE $0xDB	/* vaddps %ymm11, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x18; BYTE $0x14; BYTE $0x58	/* vbroadcastss (%rax,%r11,2), %ymm10 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x59; BYTE $0xE2	/* vmulps %ymm10, %ymm8, %ymm12 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5C; BYTE $0x58; BYTE $0xE4	/* vaddps %ymm12, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x59; BYTE $0xD2	/* vmulps %ymm10, %ymm9, %ymm10 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x54; BYTE $0x58; BYTE $0xEA	/* vaddps %ymm10, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x18; BYTE $0x1C; BYTE $0x28	/* vbroadcastss (%rax,%r13,1), %ymm11 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x59; BYTE $0xE3	/* vmulps %ymm11, %ymm8, %ymm12 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4C; BYTE $0x58; BYTE $0xF4	/* vaddps %ymm12, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x59; BYTE $0xDB	/* vmulps %ymm11, %ymm9, %ymm11 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x44; BYTE $0x58; BYTE $0xFB	/* vaddps %ymm11, %ymm7, %ymm7 */
	ADDQ	$64, DX
	ADDQ	$4, AX
	DECQ	BX
	JMP	colv
storev:
	BYTE $0xC5; BYTE $0xFC; BYTE $0x11; BYTE $0x07	/* vmovups %ymm0, (%rdi) */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x11; BYTE $0x4F; BYTE $0x20	/* vmovups %ymm1, 32(%rdi) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x14; BYTE $0x17	/* vmovups %ymm2, (%rdi,%r10,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x5C; BYTE $0x17; BYTE $0x20	/* vmovups %ymm3, 32(%rdi,%r10,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x24; BYTE $0x57	/* vmovups %ymm4, (%rdi,%r10,2) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x6C; BYTE $0x57; BYTE $0x20	/* vmovups %ymm5, 32(%rdi,%r10,2) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x34; BYTE $0x27	/* vmovups %ymm6, (%rdi,%r12,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x7C; BYTE $0x27; BYTE $0x20	/* vmovups %ymm7, 32(%rdi,%r12,1) */
	ADDQ	$64, DI
	DECQ	R8
	JMP	panv
panvend:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET
