/*
 * AVX kernels of FP32 products with matrices in panels (src/weights.c),
 * with F16 and BF16 rows, and attention's weighted sum of values: no instruction of them is AVX2's, so they
 * are used where avx() says the machine has AVX (F16's: f16c(), AVX and
 * F16C), giving the SSE2 kernels' bits: a lane holds a row and adds its
 * products in column order, a multiply then an add (no FMA: one
 * rounding each, as the C).
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

/*
 * h16x8avx(Gargs*): eight F16 or BF16 rows at a time (BF16 where the
 * Gargs' bf is set) times the FP32 input (its xs), bit-identical to
 * dotf16 and dotbf16 and to f16x4sse: eight columns of the eight rows
 * made floats by VCVTPH2PS (exactly as half() makes them, a NaN quiet
 * as the C's multiply makes it) or by VPUNPCKLWD and VPUNPCKHWD (bf 1)
 * or VPMOVZXWD and a shift of 16 (bf 2, AVX2),
 * turned into lanes by VUNPCKLPS, VSHUFPS and VPERM2F128, then x·w
 * added to each lane column after column, in the C's order. d is a
 * multiple of 8, a row's length in columns a multiple of 8.
 */
TEXT	h16x8avx(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), BX		/* w: row 0 of the eight */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	56(BP), R8		/* d */
	MOVQ	88(BP), R15		/* bf: 0 F16, 1 BF16 by AVX, 2 by AVX2 */
h16rows:
	CMPQ	R8, $8
	JLT	h16done
	MOVQ	16(BP), SI		/* x */
	MOVQ	BX, DX
	LEAQ	(DX)(CX*2), R10
	ADDQ	CX, R10			/* row 3 */
	LEAQ	(R10)(CX*2), R11
	ADDQ	CX, R11			/* row 6 */
	LEAQ	(DX)(CX*8), R12
	LEAQ	(R12)(CX*8), R12	/* the rows two passes ahead, prefetched */
	LEAQ	(R10)(CX*8), R13
	LEAQ	(R13)(CX*8), R13
	LEAQ	(R11)(CX*8), R14
	LEAQ	(R14)(CX*8), R14
	XORQ	AX, AX
	BYTE $0xC4; BYTE $0x41; BYTE $0x04; BYTE $0x57; BYTE $0xFF	/* vxorps %ymm15, %ymm15, %ymm15 */
h16cols:
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x24	/* prefetcht1 (%r12) */
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0C	/* prefetcht1 (%r12,%rcx,1) */
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x4C	/* prefetcht1 (%r12,%rcx,2) */
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x55; BYTE $0x00	/* prefetcht1 (%r13) */
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x8C	/* prefetcht1 (%r12,%rcx,4) */
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x4D; BYTE $0x00	/* prefetcht1 (%r13,%rcx,2) */
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x16	/* prefetcht1 (%r14) */
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x8D; BYTE $0x00	/* prefetcht1 (%r13,%rcx,4) */

	CMPQ	R15, $0
	JNE	h16bf
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x13; BYTE $0x02	/* vcvtph2ps (%rdx), %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x13; BYTE $0x0C; BYTE $0x0A	/* vcvtph2ps (%rdx,%rcx,1), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x13; BYTE $0x14; BYTE $0x4A	/* vcvtph2ps (%rdx,%rcx,2), %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x13; BYTE $0x1A	/* vcvtph2ps (%r10), %ymm3 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x13; BYTE $0x24; BYTE $0x8A	/* vcvtph2ps (%rdx,%rcx,4), %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x13; BYTE $0x2C; BYTE $0x4A	/* vcvtph2ps (%r10,%rcx,2), %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x13; BYTE $0x33	/* vcvtph2ps (%r11), %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x13; BYTE $0x3C; BYTE $0x8A	/* vcvtph2ps (%r10,%rcx,4), %ymm7 */
	JMP	h16turn
h16bf:
	/* a BF16 is the high half of its float: by AVX alone its word unpacked over a zero one, by AVX2 (faster here) widened and shifted */
	CMPQ	R15, $1
	JNE	h16bf2
	BYTE $0xC4; BYTE $0x41; BYTE $0x08; BYTE $0x57; BYTE $0xF6	/* vxorps %xmm14, %xmm14, %xmm14 */
	BYTE $0xC5; BYTE $0x89; BYTE $0x61; BYTE $0x02	/* vpunpcklwd (%rdx), %xmm14, %xmm0 */
	BYTE $0xC5; BYTE $0x09; BYTE $0x69; BYTE $0x02	/* vpunpckhwd (%rdx), %xmm14, %xmm8 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x7D; BYTE $0x18; BYTE $0xC0; BYTE $0x01	/* vinsertf128 $1, %xmm8, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x89; BYTE $0x61; BYTE $0x0C; BYTE $0x0A	/* vpunpcklwd (%rdx,%rcx,1), %xmm14, %xmm1 */
	BYTE $0xC5; BYTE $0x09; BYTE $0x69; BYTE $0x04; BYTE $0x0A	/* vpunpckhwd (%rdx,%rcx,1), %xmm14, %xmm8 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x75; BYTE $0x18; BYTE $0xC8; BYTE $0x01	/* vinsertf128 $1, %xmm8, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0x89; BYTE $0x61; BYTE $0x14; BYTE $0x4A	/* vpunpcklwd (%rdx,%rcx,2), %xmm14, %xmm2 */
	BYTE $0xC5; BYTE $0x09; BYTE $0x69; BYTE $0x04; BYTE $0x4A	/* vpunpckhwd (%rdx,%rcx,2), %xmm14, %xmm8 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x6D; BYTE $0x18; BYTE $0xD0; BYTE $0x01	/* vinsertf128 $1, %xmm8, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x09; BYTE $0x61; BYTE $0x1A	/* vpunpcklwd (%r10), %xmm14, %xmm3 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x09; BYTE $0x69; BYTE $0x02	/* vpunpckhwd (%r10), %xmm14, %xmm8 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x65; BYTE $0x18; BYTE $0xD8; BYTE $0x01	/* vinsertf128 $1, %xmm8, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x89; BYTE $0x61; BYTE $0x24; BYTE $0x8A	/* vpunpcklwd (%rdx,%rcx,4), %xmm14, %xmm4 */
	BYTE $0xC5; BYTE $0x09; BYTE $0x69; BYTE $0x04; BYTE $0x8A	/* vpunpckhwd (%rdx,%rcx,4), %xmm14, %xmm8 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x5D; BYTE $0x18; BYTE $0xE0; BYTE $0x01	/* vinsertf128 $1, %xmm8, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x09; BYTE $0x61; BYTE $0x2C; BYTE $0x4A	/* vpunpcklwd (%r10,%rcx,2), %xmm14, %xmm5 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x09; BYTE $0x69; BYTE $0x04; BYTE $0x4A	/* vpunpckhwd (%r10,%rcx,2), %xmm14, %xmm8 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x55; BYTE $0x18; BYTE $0xE8; BYTE $0x01	/* vinsertf128 $1, %xmm8, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x09; BYTE $0x61; BYTE $0x33	/* vpunpcklwd (%r11), %xmm14, %xmm6 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x09; BYTE $0x69; BYTE $0x03	/* vpunpckhwd (%r11), %xmm14, %xmm8 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x4D; BYTE $0x18; BYTE $0xF0; BYTE $0x01	/* vinsertf128 $1, %xmm8, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x09; BYTE $0x61; BYTE $0x3C; BYTE $0x8A	/* vpunpcklwd (%r10,%rcx,4), %xmm14, %xmm7 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x09; BYTE $0x69; BYTE $0x04; BYTE $0x8A	/* vpunpckhwd (%r10,%rcx,4), %xmm14, %xmm8 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x45; BYTE $0x18; BYTE $0xF8; BYTE $0x01	/* vinsertf128 $1, %xmm8, %ymm7, %ymm7 */
	JMP	h16turn
h16bf2:
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x33; BYTE $0x02	/* vpmovzxwd (%rdx), %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0x72; BYTE $0xF0; BYTE $0x10	/* vpslld $16, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x33; BYTE $0x0C; BYTE $0x0A	/* vpmovzxwd (%rdx,%rcx,1), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x72; BYTE $0xF1; BYTE $0x10	/* vpslld $16, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x33; BYTE $0x14; BYTE $0x4A	/* vpmovzxwd (%rdx,%rcx,2), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0x72; BYTE $0xF2; BYTE $0x10	/* vpslld $16, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x33; BYTE $0x1A	/* vpmovzxwd (%r10), %ymm3 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0x72; BYTE $0xF3; BYTE $0x10	/* vpslld $16, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x33; BYTE $0x24; BYTE $0x8A	/* vpmovzxwd (%rdx,%rcx,4), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0x72; BYTE $0xF4; BYTE $0x10	/* vpslld $16, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x33; BYTE $0x2C; BYTE $0x4A	/* vpmovzxwd (%r10,%rcx,2), %ymm5 */
	BYTE $0xC5; BYTE $0xD5; BYTE $0x72; BYTE $0xF5; BYTE $0x10	/* vpslld $16, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x33; BYTE $0x33	/* vpmovzxwd (%r11), %ymm6 */
	BYTE $0xC5; BYTE $0xCD; BYTE $0x72; BYTE $0xF6; BYTE $0x10	/* vpslld $16, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x33; BYTE $0x3C; BYTE $0x8A	/* vpmovzxwd (%r10,%rcx,4), %ymm7 */
	BYTE $0xC5; BYTE $0xC5; BYTE $0x72; BYTE $0xF7; BYTE $0x10	/* vpslld $16, %ymm7, %ymm7 */
h16turn:
	/* the eight rows' eight columns turned into eight columns of eight rows, each added to the lanes in order */
	BYTE $0xC5; BYTE $0x7C; BYTE $0x14; BYTE $0xC1	/* vunpcklps %ymm1, %ymm0, %ymm8 */
	BYTE $0xC5; BYTE $0x7C; BYTE $0x15; BYTE $0xC9	/* vunpckhps %ymm1, %ymm0, %ymm9 */
	BYTE $0xC5; BYTE $0xEC; BYTE $0x14; BYTE $0xC3	/* vunpcklps %ymm3, %ymm2, %ymm0 */
	BYTE $0xC5; BYTE $0xEC; BYTE $0x15; BYTE $0xCB	/* vunpckhps %ymm3, %ymm2, %ymm1 */
	BYTE $0xC5; BYTE $0xDC; BYTE $0x14; BYTE $0xD5	/* vunpcklps %ymm5, %ymm4, %ymm2 */
	BYTE $0xC5; BYTE $0xDC; BYTE $0x15; BYTE $0xDD	/* vunpckhps %ymm5, %ymm4, %ymm3 */
	BYTE $0xC5; BYTE $0x4C; BYTE $0x14; BYTE $0xD7	/* vunpcklps %ymm7, %ymm6, %ymm10 */
	BYTE $0xC5; BYTE $0x4C; BYTE $0x15; BYTE $0xDF	/* vunpckhps %ymm7, %ymm6, %ymm11 */
	BYTE $0xC5; BYTE $0xBC; BYTE $0xC6; BYTE $0xE0; BYTE $0x44	/* vshufps $0x44, %ymm0, %ymm8, %ymm4 */
	BYTE $0xC5; BYTE $0xBC; BYTE $0xC6; BYTE $0xE8; BYTE $0xEE	/* vshufps $0xEE, %ymm0, %ymm8, %ymm5 */
	BYTE $0xC5; BYTE $0xB4; BYTE $0xC6; BYTE $0xF1; BYTE $0x44	/* vshufps $0x44, %ymm1, %ymm9, %ymm6 */
	BYTE $0xC5; BYTE $0xB4; BYTE $0xC6; BYTE $0xF9; BYTE $0xEE	/* vshufps $0xEE, %ymm1, %ymm9, %ymm7 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x6C; BYTE $0xC6; BYTE $0xC2; BYTE $0x44	/* vshufps $0x44, %ymm10, %ymm2, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x6C; BYTE $0xC6; BYTE $0xCA; BYTE $0xEE	/* vshufps $0xEE, %ymm10, %ymm2, %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x64; BYTE $0xC6; BYTE $0xC3; BYTE $0x44	/* vshufps $0x44, %ymm11, %ymm3, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x64; BYTE $0xC6; BYTE $0xCB; BYTE $0xEE	/* vshufps $0xEE, %ymm11, %ymm3, %ymm1 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x5D; BYTE $0x06; BYTE $0xD0; BYTE $0x20	/* vperm2f128 $0x20, %ymm8, %ymm4, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x18; BYTE $0x1E	/* vbroadcastss 0(%rsi), %ymm3 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x59; BYTE $0xDA	/* vmulps %ymm2, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x04; BYTE $0x58; BYTE $0xFB	/* vaddps %ymm3, %ymm15, %ymm15 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x55; BYTE $0x06; BYTE $0xD1; BYTE $0x20	/* vperm2f128 $0x20, %ymm9, %ymm5, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x18; BYTE $0x5E; BYTE $0x04	/* vbroadcastss 4(%rsi), %ymm3 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x59; BYTE $0xDA	/* vmulps %ymm2, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x04; BYTE $0x58; BYTE $0xFB	/* vaddps %ymm3, %ymm15, %ymm15 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x4D; BYTE $0x06; BYTE $0xD0; BYTE $0x20	/* vperm2f128 $0x20, %ymm0, %ymm6, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x18; BYTE $0x5E; BYTE $0x08	/* vbroadcastss 8(%rsi), %ymm3 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x59; BYTE $0xDA	/* vmulps %ymm2, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x04; BYTE $0x58; BYTE $0xFB	/* vaddps %ymm3, %ymm15, %ymm15 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x45; BYTE $0x06; BYTE $0xD1; BYTE $0x20	/* vperm2f128 $0x20, %ymm1, %ymm7, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x18; BYTE $0x5E; BYTE $0x0C	/* vbroadcastss 12(%rsi), %ymm3 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x59; BYTE $0xDA	/* vmulps %ymm2, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x04; BYTE $0x58; BYTE $0xFB	/* vaddps %ymm3, %ymm15, %ymm15 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x5D; BYTE $0x06; BYTE $0xD0; BYTE $0x31	/* vperm2f128 $0x31, %ymm8, %ymm4, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x18; BYTE $0x5E; BYTE $0x10	/* vbroadcastss 16(%rsi), %ymm3 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x59; BYTE $0xDA	/* vmulps %ymm2, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x04; BYTE $0x58; BYTE $0xFB	/* vaddps %ymm3, %ymm15, %ymm15 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x55; BYTE $0x06; BYTE $0xD1; BYTE $0x31	/* vperm2f128 $0x31, %ymm9, %ymm5, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x18; BYTE $0x5E; BYTE $0x14	/* vbroadcastss 20(%rsi), %ymm3 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x59; BYTE $0xDA	/* vmulps %ymm2, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x04; BYTE $0x58; BYTE $0xFB	/* vaddps %ymm3, %ymm15, %ymm15 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x4D; BYTE $0x06; BYTE $0xD0; BYTE $0x31	/* vperm2f128 $0x31, %ymm0, %ymm6, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x18; BYTE $0x5E; BYTE $0x18	/* vbroadcastss 24(%rsi), %ymm3 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x59; BYTE $0xDA	/* vmulps %ymm2, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x04; BYTE $0x58; BYTE $0xFB	/* vaddps %ymm3, %ymm15, %ymm15 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x45; BYTE $0x06; BYTE $0xD1; BYTE $0x31	/* vperm2f128 $0x31, %ymm1, %ymm7, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x18; BYTE $0x5E; BYTE $0x1C	/* vbroadcastss 28(%rsi), %ymm3 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x59; BYTE $0xDA	/* vmulps %ymm2, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x04; BYTE $0x58; BYTE $0xFB	/* vaddps %ymm3, %ymm15, %ymm15 */
	ADDQ	$16, DX
	ADDQ	$16, R10
	ADDQ	$16, R11
	ADDQ	$16, R12
	ADDQ	$16, R13
	ADDQ	$16, R14
	ADDQ	$32, SI
	ADDQ	$16, AX
	CMPQ	AX, CX
	JLT	h16cols
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0x3F	/* vmovups %ymm15, (%rdi) */
	ADDQ	$32, DI
	LEAQ	(BX)(CX*8), BX
	SUBQ	$8, R8
	JMP	h16rows
h16done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * wsumavx(out, a, v, n, t, stride): wsumsse's sums (see simd_amd64.s)
 * for n a multiple of 64, 64 outputs (YMM0-7) over all positions at
 * once: the same multiply then add in k's order from +0, eight chains
 * of eight lanes where wsumsse keeps eight of four.
 */
TEXT	wsumavx(SB), $0
	MOVQ	BP, DI
	MOVQ	a+8(FP), SI
	MOVQ	v+16(FP), DX
	MOVQ	n+24(FP), CX
	MOVQ	t+32(FP), R8
	MOVQ	stride+40(FP), R9
	SHLQ	$2, CX
	SHLQ	$2, R9
	XORQ	R10, R10		/* byte offset of the outputs in hand */
wavx64:
	CMPQ	R10, CX
	JGE	wavxdone
	BYTE $0xC5; BYTE $0xFC; BYTE $0x57; BYTE $0xC0	/* vxorps %ymm0, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xF4; BYTE $0x57; BYTE $0xC9	/* vxorps %ymm1, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xEC; BYTE $0x57; BYTE $0xD2	/* vxorps %ymm2, %ymm2, %ymm2 */
	BYTE $0xC5; BYTE $0xE4; BYTE $0x57; BYTE $0xDB	/* vxorps %ymm3, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0xDC; BYTE $0x57; BYTE $0xE4	/* vxorps %ymm4, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xD4; BYTE $0x57; BYTE $0xED	/* vxorps %ymm5, %ymm5, %ymm5 */
	BYTE $0xC5; BYTE $0xCC; BYTE $0x57; BYTE $0xF6	/* vxorps %ymm6, %ymm6, %ymm6 */
	BYTE $0xC5; BYTE $0xC4; BYTE $0x57; BYTE $0xFF	/* vxorps %ymm7, %ymm7, %ymm7 */
	LEAQ	(DX)(R10*1), BX
	XORQ	R12, R12
	CMPQ	R12, R8
	JGE	wavxput
wavxpos:
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x18; BYTE $0x04; BYTE $0xA6	/* vbroadcastss (%rsi,%r12,4), %ymm8 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x59; BYTE $0x0B	/* vmulps (%rbx), %ymm8, %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7C; BYTE $0x58; BYTE $0xC1	/* vaddps %ymm9, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x59; BYTE $0x53; BYTE $0x20	/* vmulps 32(%rbx), %ymm8, %ymm10 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x74; BYTE $0x58; BYTE $0xCA	/* vaddps %ymm10, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x59; BYTE $0x5B; BYTE $0x40	/* vmulps 64(%rbx), %ymm8, %ymm11 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6C; BYTE $0x58; BYTE $0xD3	/* vaddps %ymm11, %ymm2, %ymm2 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x59; BYTE $0x63; BYTE $0x60	/* vmulps 96(%rbx), %ymm8, %ymm12 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x64; BYTE $0x58; BYTE $0xDC	/* vaddps %ymm12, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x59; BYTE $0xAB; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 128(%rbx), %ymm8, %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5C; BYTE $0x58; BYTE $0xE5	/* vaddps %ymm13, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x59; BYTE $0xB3; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 160(%rbx), %ymm8, %ymm14 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x54; BYTE $0x58; BYTE $0xEE	/* vaddps %ymm14, %ymm5, %ymm5 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x59; BYTE $0xBB; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rbx), %ymm8, %ymm15 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4C; BYTE $0x58; BYTE $0xF7	/* vaddps %ymm15, %ymm6, %ymm6 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x59; BYTE $0x8B; BYTE $0xE0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 224(%rbx), %ymm8, %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x44; BYTE $0x58; BYTE $0xF9	/* vaddps %ymm9, %ymm7, %ymm7 */
	ADDQ	R9, BX
	INCQ	R12
	CMPQ	R12, R8
	JLT	wavxpos
wavxput:
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x04; BYTE $0x17	/* vmovups %ymm0, (%rdi,%r10,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x4C; BYTE $0x17; BYTE $0x20	/* vmovups %ymm1, 32(%rdi,%r10,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x54; BYTE $0x17; BYTE $0x40	/* vmovups %ymm2, 64(%rdi,%r10,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0x5C; BYTE $0x17; BYTE $0x60	/* vmovups %ymm3, 96(%rdi,%r10,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0xA4; BYTE $0x17; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovups %ymm4, 128(%rdi,%r10,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0xAC; BYTE $0x17; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovups %ymm5, 160(%rdi,%r10,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0xB4; BYTE $0x17; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovups %ymm6, 192(%rdi,%r10,1) */
	BYTE $0xC4; BYTE $0xA1; BYTE $0x7C; BYTE $0x11; BYTE $0xBC; BYTE $0x17; BYTE $0xE0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovups %ymm7, 224(%rdi,%r10,1) */
	ADDQ	$256, R10
	JMP	wavx64
wavxdone:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET
