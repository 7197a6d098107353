/*
 * SSSE3 kernels, for machines without AVX2 (run where cpussse3 says
 * the CPU has SSSE3, and usessse3): bit-identical to the C as the SSE2
 * ones are, their integer sums made by PMADDUBSW, sixteen products of
 * an unsigned byte and a signed one a step where PMADDWL makes eight,
 * and four rows' words summed into the lanes by PHADDW (adjacent words
 * added, no saturation: every sum below stays under 2^15 until a last
 * PMADDWL by 1 makes dwords). 6a has no mnemonics for them: they are
 * BYTE-encoded, the instruction in the comment (test/gen/vexbytes
 * checks them against GNU as).
 */

/*
 * q4kx4ssse3(Gargs*): four Q4_K rows as q4kx4sse sums them, bit-identical
 * to dotk, kscalesse making each superblock's d·sc and dmin·m. A pair
 * of sub-blocks' 32 bytes are taken as two 16s of low nibbles (the
 * first sub-block's) and two of high ones, each PMADDUBSW'd with 16
 * bytes of the input and the two added: eight words, each the sum of
 * four products (at most 4·15·128). A sub-block's four rows' words go
 * into the lanes by three PHADDW (at most 30720) and a PMADDWL by 1.
 * The input's table (the Gargs' xs, kx4tab in amd64.c) is 64 bytes a
 * group: its 32 bytes, then xs and (float)Σx four times each. The rest
 * as q4kx4sse.
 */
TEXT	q4kx4ssse3(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R8
	LEAQ	(R8)(R8*8), R8
	SHLQ	$4, R8			/* the superblocks' bytes in a row */
	MOVQ	72(BP), R13		/* the superblock's scales */
	MOVQ	16(BP), SI		/* the input's table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVQ	0(BP), DI
	MOVUPS	(DI), X8
	MOVO	256(R13), X15		/* 0x0F in every byte */
	XORQ	AX, AX			/* the superblock's offset in a row */
s3super:
	MOVQ	64(BP), DI		/* the half table */
	CALL	kscalesse(SB)
	MOVQ	R13, R14
	LEAQ	16(AX), R9		/* the pair's offset */
	MOVQ	$4, R15
s3pair:
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0B	/* PREFETCHT1 (BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */

	MOVOU	0(DX)(R9*1), X0
	MOVOU	16(DX)(R9*1), X9
	MOVO	X0, X4
	PSRLW	$4, X4
	PAND	X15, X0
	PAND	X15, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x06	/* pmaddubsw 0(%rsi), %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm4 */
	MOVO	X9, X14
	PSRLW	$4, X14
	PAND	X15, X9
	PAND	X15, X14
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x4E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm9 */
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm14 */
	PADDW	X9, X0
	PADDW	X14, X4

	MOVOU	0(R10)(R9*1), X1
	MOVOU	16(R10)(R9*1), X9
	MOVO	X1, X5
	PSRLW	$4, X5
	PAND	X15, X1
	PAND	X15, X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x0E	/* pmaddubsw 0(%rsi), %xmm1 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x6E; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm5 */
	MOVO	X9, X14
	PSRLW	$4, X14
	PAND	X15, X9
	PAND	X15, X14
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x4E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm9 */
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm14 */
	PADDW	X9, X1
	PADDW	X14, X5

	MOVOU	0(R11)(R9*1), X2
	MOVOU	16(R11)(R9*1), X9
	MOVO	X2, X6
	PSRLW	$4, X6
	PAND	X15, X2
	PAND	X15, X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x16	/* pmaddubsw 0(%rsi), %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm6 */
	MOVO	X9, X14
	PSRLW	$4, X14
	PAND	X15, X9
	PAND	X15, X14
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x4E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm9 */
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm14 */
	PADDW	X9, X2
	PADDW	X14, X6

	MOVOU	0(R12)(R9*1), X3
	MOVOU	16(R12)(R9*1), X9
	MOVO	X3, X7
	PSRLW	$4, X7
	PAND	X15, X3
	PAND	X15, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x1E	/* pmaddubsw 0(%rsi), %xmm3 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x7E; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm7 */
	MOVO	X9, X14
	PSRLW	$4, X14
	PAND	X15, X9
	PAND	X15, X14
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x4E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm9 */
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm14 */
	PADDW	X9, X3
	PADDW	X14, X7

	/* each sub-block's four rows into the lanes: the first's in X0, the second's in X4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE6	/* phaddw %xmm6, %xmm4 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X4
	CVTPL2PS	X0, X0
	MULPS	0(R14), X0		/* d·sc */
	MULPS	32(SI), X0		/* xs */
	MOVAPS	48(SI), X1		/* Σx */
	MULPS	16(R14), X1		/* dmin·m */
	MULPS	32(SI), X1
	SUBPS	X1, X0
	ADDPS	X0, X8
	CVTPL2PS	X4, X4
	MULPS	32(R14), X4
	MULPS	96(SI), X4
	MOVAPS	112(SI), X5
	MULPS	48(R14), X5
	MULPS	96(SI), X5
	SUBPS	X5, X4
	ADDPS	X4, X8
	ADDQ	$128, SI
	ADDQ	$64, R14
	ADDQ	$32, R9
	DECQ	R15
	JNE	s3pair
	ADDQ	$144, AX
	CMPQ	AX, R8
	JLT	s3super
	MOVQ	0(BP), DI
	MOVUPS	X8, (DI)
	RET

/*
 * q6kx4ssse3(Gargs*): four Q6_K rows, bit-identical to dotq6_k,
 * k6scalesse laying out each superblock's scales and d as for
 * q6kx4sse. A 32 of a half (its 16s g and g+1) is two 16s of ql, low
 * nibbles for the 32s 0 and 1 of the half, high ones for 2 and 3, each
 * byte's two bits of qh (the half's 32 bytes, pair j of the 32 j) put
 * over it: 6-bit bytes, PMADDUBSW'd with the 16's input bytes into
 * eight words of at most 2·63·128. A 16's four rows go into the lanes
 * by PHADDW (at most 32256), PMADDWL by 1 and two SHUFPS; less 32Σx,
 * times the scale in float, the 32's two added
 * (exact, as in q6kx4sse), times d, times xs, added to the lanes in
 * the C's order. The input's table (kx6tab in amd64.c) is 80 bytes a
 * 32: the bytes of its two 16s, their 32Σx and its xs four times each.
 * The rest as q6kx4sse.
 */
TEXT	q6kx4ssse3(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R8
	LEAQ	(R8)(R8*2), R8
	LEAQ	(R8)(R8*4), R8
	MOVQ	R8, DI
	SHLQ	$4, R8
	SHLQ	$1, DI
	SUBQ	DI, R8			/* the superblocks' bytes in a row: 210 each */
	MOVQ	72(BP), R13		/* the superblock's scales and d */
	MOVQ	16(BP), SI		/* the input's table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVO	256(R13), X13		/* 0x0F in every byte */
	MOVO	352(R13), X14		/* 0x30 in every byte */
	MOVQ	0(BP), DI
	MOVUPS	(DI), X8
	XORQ	AX, AX			/* the superblock's offset in a row */
s6super:
	CALL	k6scalesse(SB)
	MOVQ	AX, R9			/* the half's ql */
	MOVQ	AX, R14			/* its qh, less 128 */
	MOVQ	R13, R15		/* its scales */
s6half:
	/* the half's 32 0: ql 0-31, low nibbles, qh's bits 0-1 */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0B	/* PREFETCHT1 (BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	MOVOU	0(DX)(R9*1), X0
	MOVOU	16(DX)(R9*1), X4
	PAND	X13, X0
	PAND	X13, X4
	MOVOU	128(DX)(R14*1), X9
	MOVOU	144(DX)(R14*1), X10
	PSLLW	$4, X9
	PSLLW	$4, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x06	/* pmaddubsw 0(%rsi), %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	MOVOU	0(R10)(R9*1), X1
	MOVOU	16(R10)(R9*1), X5
	PAND	X13, X1
	PAND	X13, X5
	MOVOU	128(R10)(R14*1), X9
	MOVOU	144(R10)(R14*1), X10
	PSLLW	$4, X9
	PSLLW	$4, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X1
	POR	X10, X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x0E	/* pmaddubsw 0(%rsi), %xmm1 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x6E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm5 */
	MOVOU	0(R11)(R9*1), X2
	MOVOU	16(R11)(R9*1), X6
	PAND	X13, X2
	PAND	X13, X6
	MOVOU	128(R11)(R14*1), X9
	MOVOU	144(R11)(R14*1), X10
	PSLLW	$4, X9
	PSLLW	$4, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X2
	POR	X10, X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x16	/* pmaddubsw 0(%rsi), %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm6 */
	MOVOU	0(R12)(R9*1), X3
	MOVOU	16(R12)(R9*1), X7
	PAND	X13, X3
	PAND	X13, X7
	MOVOU	128(R12)(R14*1), X9
	MOVOU	144(R12)(R14*1), X10
	PSLLW	$4, X9
	PSLLW	$4, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X3
	POR	X10, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x1E	/* pmaddubsw 0(%rsi), %xmm3 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x7E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	32(SI), X0		/* 32Σx */
	PSUBL	48(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	0(R15), X0		/* sc */
	MULPS	16(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	64(SI), X0		/* xs */
	ADDPS	X0, X8
	/* the half's 32 1: ql 32-63, low nibbles, qh's bits 2-3 */
	MOVOU	32(DX)(R9*1), X0
	MOVOU	48(DX)(R9*1), X4
	PAND	X13, X0
	PAND	X13, X4
	MOVOU	128(DX)(R14*1), X9
	MOVOU	144(DX)(R14*1), X10
	PSLLW	$2, X9
	PSLLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x46; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x60	/* pmaddubsw 96(%rsi), %xmm4 */
	MOVOU	32(R10)(R9*1), X1
	MOVOU	48(R10)(R9*1), X5
	PAND	X13, X1
	PAND	X13, X5
	MOVOU	128(R10)(R14*1), X9
	MOVOU	144(R10)(R14*1), X10
	PSLLW	$2, X9
	PSLLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X1
	POR	X10, X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x4E; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm1 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x6E; BYTE $0x60	/* pmaddubsw 96(%rsi), %xmm5 */
	MOVOU	32(R11)(R9*1), X2
	MOVOU	48(R11)(R9*1), X6
	PAND	X13, X2
	PAND	X13, X6
	MOVOU	128(R11)(R14*1), X9
	MOVOU	144(R11)(R14*1), X10
	PSLLW	$2, X9
	PSLLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X2
	POR	X10, X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x56; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x60	/* pmaddubsw 96(%rsi), %xmm6 */
	MOVOU	32(R12)(R9*1), X3
	MOVOU	48(R12)(R9*1), X7
	PAND	X13, X3
	PAND	X13, X7
	MOVOU	128(R12)(R14*1), X9
	MOVOU	144(R12)(R14*1), X10
	PSLLW	$2, X9
	PSLLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X3
	POR	X10, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x5E; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm3 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x7E; BYTE $0x60	/* pmaddubsw 96(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	112(SI), X0		/* 32Σx */
	PSUBL	128(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	32(R15), X0		/* sc */
	MULPS	48(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	144(SI), X0		/* xs */
	ADDPS	X0, X8
	/* the half's 32 2: ql 0-31, high nibbles, qh's bits 4-5 */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0B; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx,%r9,1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0F; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rdi,%r9,1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0F; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rdi,%r9,1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0F; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rdi,%r9,1) */
	MOVOU	0(DX)(R9*1), X0
	MOVOU	16(DX)(R9*1), X4
	PSRLW	$4, X0
	PSRLW	$4, X4
	PAND	X13, X0
	PAND	X13, X4
	MOVOU	128(DX)(R14*1), X9
	MOVOU	144(DX)(R14*1), X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 160(%rsi), %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xB0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 176(%rsi), %xmm4 */
	MOVOU	0(R10)(R9*1), X1
	MOVOU	16(R10)(R9*1), X5
	PSRLW	$4, X1
	PSRLW	$4, X5
	PAND	X13, X1
	PAND	X13, X5
	MOVOU	128(R10)(R14*1), X9
	MOVOU	144(R10)(R14*1), X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X1
	POR	X10, X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 160(%rsi), %xmm1 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0xB0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 176(%rsi), %xmm5 */
	MOVOU	0(R11)(R9*1), X2
	MOVOU	16(R11)(R9*1), X6
	PSRLW	$4, X2
	PSRLW	$4, X6
	PAND	X13, X2
	PAND	X13, X6
	MOVOU	128(R11)(R14*1), X9
	MOVOU	144(R11)(R14*1), X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X2
	POR	X10, X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 160(%rsi), %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0xB0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 176(%rsi), %xmm6 */
	MOVOU	0(R12)(R9*1), X3
	MOVOU	16(R12)(R9*1), X7
	PSRLW	$4, X3
	PSRLW	$4, X7
	PAND	X13, X3
	PAND	X13, X7
	MOVOU	128(R12)(R14*1), X9
	MOVOU	144(R12)(R14*1), X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X3
	POR	X10, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 160(%rsi), %xmm3 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0xB0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 176(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	192(SI), X0		/* 32Σx */
	PSUBL	208(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	64(R15), X0		/* sc */
	MULPS	80(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	224(SI), X0		/* xs */
	ADDPS	X0, X8
	/* the half's 32 3: ql 32-63, high nibbles, qh's bits 6-7 */
	MOVOU	32(DX)(R9*1), X0
	MOVOU	48(DX)(R9*1), X4
	PSRLW	$4, X0
	PSRLW	$4, X4
	PAND	X13, X0
	PAND	X13, X4
	MOVOU	128(DX)(R14*1), X9
	MOVOU	144(DX)(R14*1), X10
	PSRLW	$2, X9
	PSRLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xF0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 240(%rsi), %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm4 */
	MOVOU	32(R10)(R9*1), X1
	MOVOU	48(R10)(R9*1), X5
	PSRLW	$4, X1
	PSRLW	$4, X5
	PAND	X13, X1
	PAND	X13, X5
	MOVOU	128(R10)(R14*1), X9
	MOVOU	144(R10)(R14*1), X10
	PSRLW	$2, X9
	PSRLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X1
	POR	X10, X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xF0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 240(%rsi), %xmm1 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm5 */
	MOVOU	32(R11)(R9*1), X2
	MOVOU	48(R11)(R9*1), X6
	PSRLW	$4, X2
	PSRLW	$4, X6
	PAND	X13, X2
	PAND	X13, X6
	MOVOU	128(R11)(R14*1), X9
	MOVOU	144(R11)(R14*1), X10
	PSRLW	$2, X9
	PSRLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X2
	POR	X10, X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xF0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 240(%rsi), %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm6 */
	MOVOU	32(R12)(R9*1), X3
	MOVOU	48(R12)(R9*1), X7
	PSRLW	$4, X3
	PSRLW	$4, X7
	PAND	X13, X3
	PAND	X13, X7
	MOVOU	128(R12)(R14*1), X9
	MOVOU	144(R12)(R14*1), X10
	PSRLW	$2, X9
	PSRLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X3
	POR	X10, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xF0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 240(%rsi), %xmm3 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	272(SI), X0		/* 32Σx */
	PSUBL	288(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	96(R15), X0		/* sc */
	MULPS	112(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	304(SI), X0		/* xs */
	ADDPS	X0, X8
	ADDQ	$64, R9
	ADDQ	$32, R14
	ADDQ	$128, R15
	ADDQ	$320, SI
	LEAQ	128(R13), DI
	CMPQ	R15, DI
	JLE	s6half
	ADDQ	$210, AX
	CMPQ	AX, R8
	JLT	s6super
	MOVQ	0(BP), DI
	MOVUPS	X8, (DI)
	RET

/*
 * q40x4ssse3(Gargs*): Q4_0 rows four at a time, bit-identical to
 * dotq4_0 as q40x4sse is. A row's 16 bytes are its low nibbles (values
 * 0-15) and its high ones (16-31), each PMADDUBSW'd with 16 of the
 * input's bytes and the two added: eight words of at most 4·15·128. The
 * four rows go into the lanes as q4kx4ssse3's; the float sum less 8Σx (as
 * float: both exact below 2^24), times d, times xs. The input's table
 * (kx4tab in amd64.c) is 64 bytes a block: its 32 bytes, then xs and
 * (float)8Σx four times each; the Gargs' fields as q40x4sse's.
 */
TEXT	q40x4ssse3(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), DX		/* w: row 0 of the quad */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R15
	LEAQ	(R15)(R15*8), R15
	ADDQ	R15, R15		/* the blocks' bytes in a row */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
	PCMPEQW	X15, X15
	PSRLW	$12, X15
	PACKUSWB	X15, X15		/* 0x0F in every byte */
	PCMPEQW	X14, X14
	PSRLW	$15, X14		/* 1 in every word */
s40quads:
	CMPQ	R8, $4
	JLT	s40done
	MOVQ	16(BP), SI		/* the table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVUPS	(DI), X8
	XORQ	AX, AX			/* the block's offset in a row */
s40block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x03	/* PREFETCHT1 (BX)(AX*1) */
	LEAQ	(BX)(CX*1), R9
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x01	/* PREFETCHT1 (R9)(AX*1) */
	ADDQ	CX, R9
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x01	/* PREFETCHT1 (R9)(AX*1) */
	ADDQ	CX, R9
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x01	/* PREFETCHT1 (R9)(AX*1) */

	MOVOU	2(DX)(AX*1), X0
	MOVO	X0, X4
	PSRLW	$4, X4
	PAND	X15, X0
	PAND	X15, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x06	/* pmaddubsw 0(%rsi), %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	PADDW	X4, X0

	MOVOU	2(R10)(AX*1), X1
	MOVO	X1, X4
	PSRLW	$4, X4
	PAND	X15, X1
	PAND	X15, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x0E	/* pmaddubsw 0(%rsi), %xmm1 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	PADDW	X4, X1

	MOVOU	2(R11)(AX*1), X2
	MOVO	X2, X4
	PSRLW	$4, X4
	PAND	X15, X2
	PAND	X15, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x16	/* pmaddubsw 0(%rsi), %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	PADDW	X4, X2

	MOVOU	2(R12)(AX*1), X3
	MOVO	X3, X4
	PSRLW	$4, X4
	PAND	X15, X3
	PAND	X15, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x1E	/* pmaddubsw 0(%rsi), %xmm3 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	PADDW	X4, X3

	/* the four rows' sums into the lanes of X0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	PMADDWL	X14, X0
	CVTPL2PS	X0, X0
	SUBPS	48(SI), X0		/* less 8Σx */
	MOVWLZX	(DX)(AX*1), R9
	MOVSS	(R13)(R9*4), X1
	MOVWLZX	(R10)(AX*1), R9
	MOVSS	(R13)(R9*4), X2
	MOVWLZX	(R11)(AX*1), R9
	MOVSS	(R13)(R9*4), X3
	MOVWLZX	(R12)(AX*1), R9
	MOVSS	(R13)(R9*4), X4
	UNPCKLPS	X2, X1
	UNPCKLPS	X4, X3
	MOVLHPS	X3, X1
	MULPS	X1, X0
	MULPS	32(SI), X0		/* xs */
	ADDPS	X0, X8
	ADDQ	$64, SI
	ADDQ	$18, AX
	CMPQ	AX, R15
	JLT	s40block
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	s40quads
s40done:
	RET

/*
 * q5kx4ssse3(Gargs*): four Q5_K rows, bit-identical to dotk with its
 * fifth bits, as q4kx4ssse3 sums Q4_K's: a pair of sub-blocks (2p and
 * 2p+1) is two 16s of low nibbles and two of high ones, each with its
 * bit of qh (the 32 bytes shifted right 2p by PSRLL, the count
 * ksseconst's at 320+64p; bits 0 and 1 of each byte then moved to bit 4
 * and masked by 0x10) put over it; PMADDUBSW and the two 16s added:
 * words of at most 4·31·128. The four rows go into the lanes by PHADDW
 * (at most 31744), PMADDWL by 1 and two SHUFPS. The input's table is
 * kx4tab's, the rest as q5kx4sse.
 */
TEXT	q5kx4ssse3(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R8
	LEAQ	(R8)(R8*4), DI
	LEAQ	(R8)(DI*2), R8
	SHLQ	$4, R8			/* the superblocks' bytes in a row: 176 each */
	MOVQ	72(BP), R13		/* the superblock's scales, then constants */
	MOVQ	16(BP), SI		/* the input's table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVO	256(R13), X15		/* 0x0F in every byte */
	MOVO	272(R13), X14		/* 0x10 in every byte */
	XORQ	AX, AX
	MOVQ	0(BP), DI
	MOVUPS	(DI), X8
s5super:
	MOVQ	64(BP), DI		/* the half table */
	CALL	kscalesse(SB)
	MOVQ	R13, R14
	LEAQ	48(AX), R9		/* the pair's qs */
	MOVQ	$4, R15
s5pair:
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0B; BYTE $0xD0	/* PREFETCHT1 -48(BX)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0B; BYTE $0x10	/* PREFETCHT1 16(BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0xD0	/* PREFETCHT1 -48(DI)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0x10	/* PREFETCHT1 16(DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0xD0	/* PREFETCHT1 -48(DI)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0x10	/* PREFETCHT1 16(DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0xD0	/* PREFETCHT1 -48(DI)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0x10	/* PREFETCHT1 16(DI)(R9*1) */

	MOVOU	0(DX)(R9*1), X0
	MOVO	X0, X4
	PSRLW	$4, X4
	PAND	X15, X0
	PAND	X15, X4
	MOVOU	16(DX)(AX*1), X9
	PSRLL	320(R14), X9
	MOVO	X9, X10
	PSLLW	$4, X9
	PSLLW	$3, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x06	/* pmaddubsw 0(%rsi), %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm4 */
	MOVOU	16(DX)(R9*1), X11
	MOVO	X11, X12
	PSRLW	$4, X12
	PAND	X15, X11
	PAND	X15, X12
	MOVOU	32(DX)(AX*1), X9
	PSRLL	320(R14), X9
	MOVO	X9, X10
	PSLLW	$4, X9
	PSLLW	$3, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X11
	POR	X10, X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x5E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm11 */
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm12 */
	PADDW	X11, X0
	PADDW	X12, X4

	MOVOU	0(R10)(R9*1), X1
	MOVO	X1, X5
	PSRLW	$4, X5
	PAND	X15, X1
	PAND	X15, X5
	MOVOU	16(R10)(AX*1), X9
	PSRLL	320(R14), X9
	MOVO	X9, X10
	PSLLW	$4, X9
	PSLLW	$3, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X1
	POR	X10, X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x0E	/* pmaddubsw 0(%rsi), %xmm1 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x6E; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm5 */
	MOVOU	16(R10)(R9*1), X11
	MOVO	X11, X12
	PSRLW	$4, X12
	PAND	X15, X11
	PAND	X15, X12
	MOVOU	32(R10)(AX*1), X9
	PSRLL	320(R14), X9
	MOVO	X9, X10
	PSLLW	$4, X9
	PSLLW	$3, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X11
	POR	X10, X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x5E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm11 */
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm12 */
	PADDW	X11, X1
	PADDW	X12, X5

	MOVOU	0(R11)(R9*1), X2
	MOVO	X2, X6
	PSRLW	$4, X6
	PAND	X15, X2
	PAND	X15, X6
	MOVOU	16(R11)(AX*1), X9
	PSRLL	320(R14), X9
	MOVO	X9, X10
	PSLLW	$4, X9
	PSLLW	$3, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X2
	POR	X10, X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x16	/* pmaddubsw 0(%rsi), %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm6 */
	MOVOU	16(R11)(R9*1), X11
	MOVO	X11, X12
	PSRLW	$4, X12
	PAND	X15, X11
	PAND	X15, X12
	MOVOU	32(R11)(AX*1), X9
	PSRLL	320(R14), X9
	MOVO	X9, X10
	PSLLW	$4, X9
	PSLLW	$3, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X11
	POR	X10, X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x5E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm11 */
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm12 */
	PADDW	X11, X2
	PADDW	X12, X6

	MOVOU	0(R12)(R9*1), X3
	MOVO	X3, X7
	PSRLW	$4, X7
	PAND	X15, X3
	PAND	X15, X7
	MOVOU	16(R12)(AX*1), X9
	PSRLL	320(R14), X9
	MOVO	X9, X10
	PSLLW	$4, X9
	PSLLW	$3, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X3
	POR	X10, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x1E	/* pmaddubsw 0(%rsi), %xmm3 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x7E; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm7 */
	MOVOU	16(R12)(R9*1), X11
	MOVO	X11, X12
	PSRLW	$4, X12
	PAND	X15, X11
	PAND	X15, X12
	MOVOU	32(R12)(AX*1), X9
	PSRLL	320(R14), X9
	MOVO	X9, X10
	PSLLW	$4, X9
	PSLLW	$3, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X11
	POR	X10, X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x5E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm11 */
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm12 */
	PADDW	X11, X3
	PADDW	X12, X7

	/* each sub-block's four rows into the lanes: the first's in X0, the second's in X4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	CVTPL2PS	X0, X0
	MULPS	0(R14), X0		/* d·sc */
	MULPS	32(SI), X0		/* xs */
	MOVAPS	48(SI), X1		/* Σx */
	MULPS	16(R14), X1		/* dmin·m */
	MULPS	32(SI), X1
	SUBPS	X1, X0
	ADDPS	X0, X8
	CVTPL2PS	X4, X4
	MULPS	32(R14), X4
	MULPS	96(SI), X4
	MOVAPS	112(SI), X5
	MULPS	48(R14), X5
	MULPS	96(SI), X5
	SUBPS	X5, X4
	ADDPS	X4, X8
	ADDQ	$128, SI
	ADDQ	$64, R14
	ADDQ	$32, R9
	DECQ	R15
	JNE	s5pair
	ADDQ	$176, AX
	CMPQ	AX, R8
	JLT	s5super
	MOVQ	0(BP), DI
	MOVUPS	X8, (DI)
	RET

/*
 * kt4pair: the four tokens' sums of a pair of sub-blocks for q4kt4ssse3
 * and q5kt4ssse3, the four rows' values at 528+64·row of R13's table:
 * PMADDUBSW with each token's bytes at SI (256 bytes a group, token t's
 * 64 at 64t), the rows into the lanes (DI 0: Q4_K's words, at most
 * 4·15·128, by PHADDW; else Q5_K's, at most 4·31·128, whose second
 * PHADDW would wrap, by PMADDWL by 1 and SHUFPS), and the float steps
 * with the d·sc and dmin·m at R14, added to X8, X9, X10 and X13. It
 * uses X0-X7, X11 and X12.
 */
TEXT	kt4pair(SB), $0
	/* token 0 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x06	/* pmaddubsw 0(%rsi), %xmm0 */
	MOVO	544(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm12 */
	PADDW	X12, X0
	MOVO	560(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm4 */
	MOVO	576(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x10; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 272(%rsi), %xmm12 */
	PADDW	X12, X4
	MOVO	592(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x0E	/* pmaddubsw 0(%rsi), %xmm1 */
	MOVO	608(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm12 */
	PADDW	X12, X1
	MOVO	624(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm5 */
	MOVO	640(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x10; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 272(%rsi), %xmm12 */
	PADDW	X12, X5
	MOVO	656(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x16	/* pmaddubsw 0(%rsi), %xmm2 */
	MOVO	672(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm12 */
	PADDW	X12, X2
	MOVO	688(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm6 */
	MOVO	704(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x10; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 272(%rsi), %xmm12 */
	PADDW	X12, X6
	MOVO	720(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x1E	/* pmaddubsw 0(%rsi), %xmm3 */
	MOVO	736(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm12 */
	PADDW	X12, X3
	MOVO	752(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm7 */
	MOVO	768(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x10; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 272(%rsi), %xmm12 */
	PADDW	X12, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	CMPQ	DI, $0
	JNE	kt4five0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE6	/* phaddw %xmm6, %xmm4 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X4
	JMP	kt4sums0
kt4five0:
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X11
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X11
	PADDL	X11, X0
	MOVAPS	X4, X11
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X11
	PADDL	X11, X4
kt4sums0:
	CVTPL2PS	X0, X0
	MULPS	0(R14), X0		/* d·sc */
	MULPS	32(SI), X0		/* xs */
	MOVAPS	48(SI), X1		/* Σx */
	MULPS	16(R14), X1		/* dmin·m */
	MULPS	32(SI), X1
	SUBPS	X1, X0
	ADDPS	X0, X8
	CVTPL2PS	X4, X4
	MULPS	32(R14), X4
	MULPS	288(SI), X4
	MOVAPS	304(SI), X5
	MULPS	48(R14), X5
	MULPS	288(SI), X5
	SUBPS	X5, X4
	ADDPS	X4, X8

	/* token 1 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x46; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm0 */
	MOVO	544(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm12 */
	PADDW	X12, X0
	MOVO	560(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x40; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 320(%rsi), %xmm4 */
	MOVO	576(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x50; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 336(%rsi), %xmm12 */
	PADDW	X12, X4
	MOVO	592(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x4E; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm1 */
	MOVO	608(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm12 */
	PADDW	X12, X1
	MOVO	624(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x40; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 320(%rsi), %xmm5 */
	MOVO	640(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x50; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 336(%rsi), %xmm12 */
	PADDW	X12, X5
	MOVO	656(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x56; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm2 */
	MOVO	672(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm12 */
	PADDW	X12, X2
	MOVO	688(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x40; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 320(%rsi), %xmm6 */
	MOVO	704(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x50; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 336(%rsi), %xmm12 */
	PADDW	X12, X6
	MOVO	720(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x5E; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm3 */
	MOVO	736(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm12 */
	PADDW	X12, X3
	MOVO	752(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x40; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 320(%rsi), %xmm7 */
	MOVO	768(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x50; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 336(%rsi), %xmm12 */
	PADDW	X12, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	CMPQ	DI, $0
	JNE	kt4five1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE6	/* phaddw %xmm6, %xmm4 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X4
	JMP	kt4sums1
kt4five1:
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X11
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X11
	PADDL	X11, X0
	MOVAPS	X4, X11
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X11
	PADDL	X11, X4
kt4sums1:
	CVTPL2PS	X0, X0
	MULPS	0(R14), X0		/* d·sc */
	MULPS	96(SI), X0		/* xs */
	MOVAPS	112(SI), X1		/* Σx */
	MULPS	16(R14), X1		/* dmin·m */
	MULPS	96(SI), X1
	SUBPS	X1, X0
	ADDPS	X0, X9
	CVTPL2PS	X4, X4
	MULPS	32(R14), X4
	MULPS	352(SI), X4
	MOVAPS	368(SI), X5
	MULPS	48(R14), X5
	MULPS	352(SI), X5
	SUBPS	X5, X4
	ADDPS	X4, X9

	/* token 2 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 128(%rsi), %xmm0 */
	MOVO	544(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 144(%rsi), %xmm12 */
	PADDW	X12, X0
	MOVO	560(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x80; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 384(%rsi), %xmm4 */
	MOVO	576(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 400(%rsi), %xmm12 */
	PADDW	X12, X4
	MOVO	592(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 128(%rsi), %xmm1 */
	MOVO	608(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 144(%rsi), %xmm12 */
	PADDW	X12, X1
	MOVO	624(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x80; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 384(%rsi), %xmm5 */
	MOVO	640(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 400(%rsi), %xmm12 */
	PADDW	X12, X5
	MOVO	656(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 128(%rsi), %xmm2 */
	MOVO	672(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 144(%rsi), %xmm12 */
	PADDW	X12, X2
	MOVO	688(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x80; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 384(%rsi), %xmm6 */
	MOVO	704(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 400(%rsi), %xmm12 */
	PADDW	X12, X6
	MOVO	720(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 128(%rsi), %xmm3 */
	MOVO	736(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 144(%rsi), %xmm12 */
	PADDW	X12, X3
	MOVO	752(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x80; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 384(%rsi), %xmm7 */
	MOVO	768(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 400(%rsi), %xmm12 */
	PADDW	X12, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	CMPQ	DI, $0
	JNE	kt4five2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE6	/* phaddw %xmm6, %xmm4 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X4
	JMP	kt4sums2
kt4five2:
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X11
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X11
	PADDL	X11, X0
	MOVAPS	X4, X11
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X11
	PADDL	X11, X4
kt4sums2:
	CVTPL2PS	X0, X0
	MULPS	0(R14), X0		/* d·sc */
	MULPS	160(SI), X0		/* xs */
	MOVAPS	176(SI), X1		/* Σx */
	MULPS	16(R14), X1		/* dmin·m */
	MULPS	160(SI), X1
	SUBPS	X1, X0
	ADDPS	X0, X10
	CVTPL2PS	X4, X4
	MULPS	32(R14), X4
	MULPS	416(SI), X4
	MOVAPS	432(SI), X5
	MULPS	48(R14), X5
	MULPS	416(SI), X5
	SUBPS	X5, X4
	ADDPS	X4, X10

	/* token 3 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 192(%rsi), %xmm0 */
	MOVO	544(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 208(%rsi), %xmm12 */
	PADDW	X12, X0
	MOVO	560(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xC0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 448(%rsi), %xmm4 */
	MOVO	576(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 464(%rsi), %xmm12 */
	PADDW	X12, X4
	MOVO	592(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 192(%rsi), %xmm1 */
	MOVO	608(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 208(%rsi), %xmm12 */
	PADDW	X12, X1
	MOVO	624(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0xC0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 448(%rsi), %xmm5 */
	MOVO	640(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 464(%rsi), %xmm12 */
	PADDW	X12, X5
	MOVO	656(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 192(%rsi), %xmm2 */
	MOVO	672(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 208(%rsi), %xmm12 */
	PADDW	X12, X2
	MOVO	688(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0xC0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 448(%rsi), %xmm6 */
	MOVO	704(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 464(%rsi), %xmm12 */
	PADDW	X12, X6
	MOVO	720(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 192(%rsi), %xmm3 */
	MOVO	736(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 208(%rsi), %xmm12 */
	PADDW	X12, X3
	MOVO	752(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0xC0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 448(%rsi), %xmm7 */
	MOVO	768(R13), X12
	BYTE $0x66; BYTE $0x44; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 464(%rsi), %xmm12 */
	PADDW	X12, X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	CMPQ	DI, $0
	JNE	kt4five3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE6	/* phaddw %xmm6, %xmm4 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X4
	JMP	kt4sums3
kt4five3:
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X11
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X11
	PADDL	X11, X0
	MOVAPS	X4, X11
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X11
	PADDL	X11, X4
kt4sums3:
	CVTPL2PS	X0, X0
	MULPS	0(R14), X0		/* d·sc */
	MULPS	224(SI), X0		/* xs */
	MOVAPS	240(SI), X1		/* Σx */
	MULPS	16(R14), X1		/* dmin·m */
	MULPS	224(SI), X1
	SUBPS	X1, X0
	ADDPS	X0, X13
	CVTPL2PS	X4, X4
	MULPS	32(R14), X4
	MULPS	480(SI), X4
	MOVAPS	496(SI), X5
	MULPS	48(R14), X5
	MULPS	480(SI), X5
	SUBPS	X5, X4
	ADDPS	X4, X13
	RET

/*
 * q4kt4ssse3(Gargs*): four Q4_K rows times four prompt tokens (kpanels4
 * in amd64.c, for gmatmul4), each token's lanes the bits q4kx4ssse3
 * gives it alone: the same integer sums and float steps in the same
 * order. A pair of sub-blocks' nibbles are taken out of the four rows
 * once, into the 256 bytes at 528 of the Gargs' tab (after kscalesse's
 * scales and ksseconst's constants), and PMADDUBSW'd from there with
 * each token's bytes. The input's table (the Gargs' xs) is kx4tab's
 * for each token, side by side: 256 bytes a group, token t's 64 at
 * 64t. Token t's out is at out + t·ostride floats, each lane added to.
 */
TEXT	q4kt4ssse3(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R8
	LEAQ	(R8)(R8*8), R8
	SHLQ	$4, R8			/* the superblocks' bytes in a row */
	MOVQ	72(BP), R13		/* the superblock's scales, constants, the nibbles */
	MOVQ	16(BP), SI		/* the input's table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVQ	0(BP), DI
	MOVQ	80(BP), R9
	SHLQ	$2, R9			/* ostride in bytes */
	MOVUPS	(DI), X8
	ADDQ	R9, DI
	MOVUPS	(DI), X9
	ADDQ	R9, DI
	MOVUPS	(DI), X10
	ADDQ	R9, DI
	MOVUPS	(DI), X13
	MOVO	256(R13), X15		/* 0x0F in every byte */
	XORQ	AX, AX			/* the superblock's offset in a row */
t4super:
	MOVQ	64(BP), DI		/* the half table */
	CALL	kscalesse(SB)
	MOVQ	R13, R14
	LEAQ	16(AX), R9		/* the pair's offset */
	MOVQ	$4, R15
t4pair:
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0B	/* PREFETCHT1 (BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	/* each row's low and high nibbles of the pair's two 16s, at 528+64·row */
	MOVOU	0(DX)(R9*1), X0
	MOVOU	16(DX)(R9*1), X1
	MOVO	X0, X2
	PSRLW	$4, X2
	MOVO	X1, X3
	PSRLW	$4, X3
	PAND	X15, X0
	PAND	X15, X1
	PAND	X15, X2
	PAND	X15, X3
	MOVO	X0, 528(R13)
	MOVO	X1, 544(R13)
	MOVO	X2, 560(R13)
	MOVO	X3, 576(R13)
	MOVOU	0(R10)(R9*1), X0
	MOVOU	16(R10)(R9*1), X1
	MOVO	X0, X2
	PSRLW	$4, X2
	MOVO	X1, X3
	PSRLW	$4, X3
	PAND	X15, X0
	PAND	X15, X1
	PAND	X15, X2
	PAND	X15, X3
	MOVO	X0, 592(R13)
	MOVO	X1, 608(R13)
	MOVO	X2, 624(R13)
	MOVO	X3, 640(R13)
	MOVOU	0(R11)(R9*1), X0
	MOVOU	16(R11)(R9*1), X1
	MOVO	X0, X2
	PSRLW	$4, X2
	MOVO	X1, X3
	PSRLW	$4, X3
	PAND	X15, X0
	PAND	X15, X1
	PAND	X15, X2
	PAND	X15, X3
	MOVO	X0, 656(R13)
	MOVO	X1, 672(R13)
	MOVO	X2, 688(R13)
	MOVO	X3, 704(R13)
	MOVOU	0(R12)(R9*1), X0
	MOVOU	16(R12)(R9*1), X1
	MOVO	X0, X2
	PSRLW	$4, X2
	MOVO	X1, X3
	PSRLW	$4, X3
	PAND	X15, X0
	PAND	X15, X1
	PAND	X15, X2
	PAND	X15, X3
	MOVO	X0, 720(R13)
	MOVO	X1, 736(R13)
	MOVO	X2, 752(R13)
	MOVO	X3, 768(R13)

	XORQ	DI, DI			/* Q4_K's sums */
	CALL	kt4pair(SB)
	ADDQ	$512, SI
	ADDQ	$64, R14
	ADDQ	$32, R9
	DECQ	R15
	JNE	t4pair
	ADDQ	$144, AX
	CMPQ	AX, R8
	JLT	t4super
	MOVQ	0(BP), DI
	MOVQ	80(BP), R9
	SHLQ	$2, R9
	MOVUPS	X8, (DI)
	ADDQ	R9, DI
	MOVUPS	X9, (DI)
	ADDQ	R9, DI
	MOVUPS	X10, (DI)
	ADDQ	R9, DI
	MOVUPS	X13, (DI)
	RET

/*
 * q40t4ssse3(Gargs*): Q4_0 rows four at a time times four prompt
 * tokens (q40panels4 in amd64.c), each token's lanes the bits
 * q40x4ssse3 gives it alone. A block's nibbles are taken out of the four
 * rows once, into the 128 bytes at 16 of the Gargs' tab (ostride in
 * bytes at 0), and its d looked up once; the input's table is kx4tab's
 * for each token side by side (256
 * bytes a block, token t's 64 at 64t). Token t's out is at out +
 * t·ostride floats, each lane added to; the rest as q40x4ssse3.
 */
TEXT	q40t4ssse3(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), DX		/* w: row 0 of the quad */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R15
	LEAQ	(R15)(R15*8), R15
	ADDQ	R15, R15		/* the blocks' bytes in a row */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	72(BP), R14		/* the nibbles */
	MOVQ	80(BP), BX
	SHLQ	$2, BX
	MOVQ	BX, 0(R14)		/* ostride in bytes, for the quads' loads and stores (the nibbles after it) */
	ADDQ	$16, R14
	PCMPEQW	X15, X15
	PSRLW	$12, X15
	PACKUSWB	X15, X15		/* 0x0F in every byte */
	PCMPEQW	X14, X14
	PSRLW	$15, X14		/* 1 in every word */
t40quads:
	CMPQ	R8, $4
	JLT	t40done
	MOVQ	16(BP), SI		/* the table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVQ	DI, R9
	MOVUPS	(R9), X8
	ADDQ	-16(R14), R9
	MOVUPS	(R9), X9
	ADDQ	-16(R14), R9
	MOVUPS	(R9), X10
	ADDQ	-16(R14), R9
	MOVUPS	(R9), X11
	XORQ	AX, AX			/* the block's offset in a row */
t40block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x03	/* PREFETCHT1 (BX)(AX*1) */
	LEAQ	(BX)(CX*1), R9
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x01	/* PREFETCHT1 (R9)(AX*1) */
	ADDQ	CX, R9
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x01	/* PREFETCHT1 (R9)(AX*1) */
	ADDQ	CX, R9
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x01	/* PREFETCHT1 (R9)(AX*1) */
	MOVOU	2(DX)(AX*1), X0
	MOVO	X0, X1
	PSRLW	$4, X1
	PAND	X15, X0
	PAND	X15, X1
	MOVO	X0, 0(R14)
	MOVO	X1, 16(R14)
	MOVOU	2(R10)(AX*1), X0
	MOVO	X0, X1
	PSRLW	$4, X1
	PAND	X15, X0
	PAND	X15, X1
	MOVO	X0, 32(R14)
	MOVO	X1, 48(R14)
	MOVOU	2(R11)(AX*1), X0
	MOVO	X0, X1
	PSRLW	$4, X1
	PAND	X15, X0
	PAND	X15, X1
	MOVO	X0, 64(R14)
	MOVO	X1, 80(R14)
	MOVOU	2(R12)(AX*1), X0
	MOVO	X0, X1
	PSRLW	$4, X1
	PAND	X15, X0
	PAND	X15, X1
	MOVO	X0, 96(R14)
	MOVO	X1, 112(R14)
	MOVWLZX	(DX)(AX*1), R9
	MOVSS	(R13)(R9*4), X12
	MOVWLZX	(R10)(AX*1), R9
	MOVSS	(R13)(R9*4), X2
	MOVWLZX	(R11)(AX*1), R9
	MOVSS	(R13)(R9*4), X3
	MOVWLZX	(R12)(AX*1), R9
	MOVSS	(R13)(R9*4), X4
	UNPCKLPS	X2, X12
	UNPCKLPS	X4, X3
	MOVLHPS	X3, X12		/* the four rows' d */

	/* token 0 */
	MOVO	0(R14), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x06	/* pmaddubsw 0(%rsi), %xmm0 */
	MOVO	16(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	PADDW	X4, X0
	MOVO	32(R14), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x0E	/* pmaddubsw 0(%rsi), %xmm1 */
	MOVO	48(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	PADDW	X4, X1
	MOVO	64(R14), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x16	/* pmaddubsw 0(%rsi), %xmm2 */
	MOVO	80(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	PADDW	X4, X2
	MOVO	96(R14), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x1E	/* pmaddubsw 0(%rsi), %xmm3 */
	MOVO	112(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	PADDW	X4, X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	PMADDWL	X14, X0
	CVTPL2PS	X0, X0
	SUBPS	48(SI), X0		/* less 8Σx */
	MULPS	X12, X0
	MULPS	32(SI), X0		/* xs */
	ADDPS	X0, X8

	/* token 1 */
	MOVO	0(R14), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x46; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm0 */
	MOVO	16(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm4 */
	PADDW	X4, X0
	MOVO	32(R14), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x4E; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm1 */
	MOVO	48(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm4 */
	PADDW	X4, X1
	MOVO	64(R14), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x56; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm2 */
	MOVO	80(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm4 */
	PADDW	X4, X2
	MOVO	96(R14), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x5E; BYTE $0x40	/* pmaddubsw 64(%rsi), %xmm3 */
	MOVO	112(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm4 */
	PADDW	X4, X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	PMADDWL	X14, X0
	CVTPL2PS	X0, X0
	SUBPS	112(SI), X0		/* less 8Σx */
	MULPS	X12, X0
	MULPS	96(SI), X0		/* xs */
	ADDPS	X0, X9

	/* token 2 */
	MOVO	0(R14), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 128(%rsi), %xmm0 */
	MOVO	16(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 144(%rsi), %xmm4 */
	PADDW	X4, X0
	MOVO	32(R14), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 128(%rsi), %xmm1 */
	MOVO	48(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 144(%rsi), %xmm4 */
	PADDW	X4, X1
	MOVO	64(R14), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 128(%rsi), %xmm2 */
	MOVO	80(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 144(%rsi), %xmm4 */
	PADDW	X4, X2
	MOVO	96(R14), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 128(%rsi), %xmm3 */
	MOVO	112(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 144(%rsi), %xmm4 */
	PADDW	X4, X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	PMADDWL	X14, X0
	CVTPL2PS	X0, X0
	SUBPS	176(SI), X0		/* less 8Σx */
	MULPS	X12, X0
	MULPS	160(SI), X0		/* xs */
	ADDPS	X0, X10

	/* token 3 */
	MOVO	0(R14), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 192(%rsi), %xmm0 */
	MOVO	16(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 208(%rsi), %xmm4 */
	PADDW	X4, X0
	MOVO	32(R14), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 192(%rsi), %xmm1 */
	MOVO	48(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 208(%rsi), %xmm4 */
	PADDW	X4, X1
	MOVO	64(R14), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 192(%rsi), %xmm2 */
	MOVO	80(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 208(%rsi), %xmm4 */
	PADDW	X4, X2
	MOVO	96(R14), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 192(%rsi), %xmm3 */
	MOVO	112(R14), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 208(%rsi), %xmm4 */
	PADDW	X4, X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC2	/* phaddw %xmm2, %xmm0 */
	PMADDWL	X14, X0
	CVTPL2PS	X0, X0
	SUBPS	240(SI), X0		/* less 8Σx */
	MULPS	X12, X0
	MULPS	224(SI), X0		/* xs */
	ADDPS	X0, X11
	ADDQ	$256, SI
	ADDQ	$18, AX
	CMPQ	AX, R15
	JLT	t40block
	MOVQ	DI, R9
	MOVUPS	X8, (R9)
	ADDQ	-16(R14), R9
	MOVUPS	X9, (R9)
	ADDQ	-16(R14), R9
	MOVUPS	X10, (R9)
	ADDQ	-16(R14), R9
	MOVUPS	X11, (R9)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	t40quads
t40done:
	RET

/*
 * q6kt4ssse3(Gargs*): four Q6_K rows times four prompt tokens
 * (kpanels4 in amd64.c), each token's lanes the bits q6kx4ssse3 gives it
 * alone. A 32's 6-bit bytes of the four rows are made once, into the
 * 128 bytes at 528 of the Gargs' tab, and PMADDUBSW'd from there with
 * each token's bytes. The input's table is kx6tab's for each token side
 * by side: 320 bytes a 32, token t's 80 at 80t. Token t's out is at out
 * + t·ostride floats, each lane added to.
 */
TEXT	q6kt4ssse3(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R8
	LEAQ	(R8)(R8*2), R8
	LEAQ	(R8)(R8*4), R8
	MOVQ	R8, DI
	SHLQ	$4, R8
	SHLQ	$1, DI
	SUBQ	DI, R8			/* the superblocks' bytes in a row: 210 each */
	MOVQ	72(BP), R13		/* the superblock's scales and d, constants, the bytes */
	MOVQ	16(BP), SI		/* the input's table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVO	256(R13), X13		/* 0x0F in every byte */
	MOVO	352(R13), X14		/* 0x30 in every byte */
	MOVQ	0(BP), DI
	MOVQ	80(BP), R9
	SHLQ	$2, R9			/* ostride in bytes */
	MOVUPS	(DI), X8
	ADDQ	R9, DI
	MOVUPS	(DI), X11
	ADDQ	R9, DI
	MOVUPS	(DI), X12
	ADDQ	R9, DI
	MOVUPS	(DI), X15
	XORQ	AX, AX			/* the superblock's offset in a row */
t6super:
	CALL	k6scalesse(SB)
	MOVQ	AX, R9			/* the half's ql */
	MOVQ	AX, R14			/* its qh, less 128 */
	MOVQ	R13, R15		/* its scales */
t6half:
	/* the half's 32 0: ql 0-31, low nibbles, qh's bits 0-1 */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0B	/* PREFETCHT1 (BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	MOVOU	0(DX)(R9*1), X0
	MOVOU	16(DX)(R9*1), X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(DX)(R14*1), X9
	MOVOU	144(DX)(R14*1), X10
	PSLLW	$4, X9
	PSLLW	$4, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 528(R13)
	MOVO	X1, 544(R13)
	MOVOU	0(R10)(R9*1), X0
	MOVOU	16(R10)(R9*1), X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R10)(R14*1), X9
	MOVOU	144(R10)(R14*1), X10
	PSLLW	$4, X9
	PSLLW	$4, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 560(R13)
	MOVO	X1, 576(R13)
	MOVOU	0(R11)(R9*1), X0
	MOVOU	16(R11)(R9*1), X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R11)(R14*1), X9
	MOVOU	144(R11)(R14*1), X10
	PSLLW	$4, X9
	PSLLW	$4, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 592(R13)
	MOVO	X1, 608(R13)
	MOVOU	0(R12)(R9*1), X0
	MOVOU	16(R12)(R9*1), X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R12)(R14*1), X9
	MOVOU	144(R12)(R14*1), X10
	PSLLW	$4, X9
	PSLLW	$4, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 624(R13)
	MOVO	X1, 640(R13)
	/* token 0 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x06	/* pmaddubsw 0(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x0E	/* pmaddubsw 0(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x6E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x16	/* pmaddubsw 0(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x1E	/* pmaddubsw 0(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x7E; BYTE $0x10	/* pmaddubsw 16(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	32(SI), X0		/* 32Σx */
	PSUBL	48(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	0(R15), X0		/* sc */
	MULPS	16(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	64(SI), X0		/* xs */
	ADDPS	X0, X8
	/* token 1 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x46; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x66; BYTE $0x60	/* pmaddubsw 96(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x4E; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x6E; BYTE $0x60	/* pmaddubsw 96(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x56; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x76; BYTE $0x60	/* pmaddubsw 96(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x5E; BYTE $0x50	/* pmaddubsw 80(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x7E; BYTE $0x60	/* pmaddubsw 96(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	112(SI), X0		/* 32Σx */
	PSUBL	128(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	0(R15), X0		/* sc */
	MULPS	16(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	144(SI), X0		/* xs */
	ADDPS	X0, X11
	/* token 2 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 160(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xB0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 176(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 160(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0xB0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 176(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 160(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0xB0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 176(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 160(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0xB0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 176(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	192(SI), X0		/* 32Σx */
	PSUBL	208(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	0(R15), X0		/* sc */
	MULPS	16(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	224(SI), X0		/* xs */
	ADDPS	X0, X12
	/* token 3 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xF0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 240(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xF0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 240(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xF0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 240(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xF0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* pmaddubsw 240(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 256(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	272(SI), X0		/* 32Σx */
	PSUBL	288(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	0(R15), X0		/* sc */
	MULPS	16(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	304(SI), X0		/* xs */
	ADDPS	X0, X15
	/* the half's 32 1: ql 32-63, low nibbles, qh's bits 2-3 */
	MOVOU	32(DX)(R9*1), X0
	MOVOU	48(DX)(R9*1), X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(DX)(R14*1), X9
	MOVOU	144(DX)(R14*1), X10
	PSLLW	$2, X9
	PSLLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 528(R13)
	MOVO	X1, 544(R13)
	MOVOU	32(R10)(R9*1), X0
	MOVOU	48(R10)(R9*1), X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R10)(R14*1), X9
	MOVOU	144(R10)(R14*1), X10
	PSLLW	$2, X9
	PSLLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 560(R13)
	MOVO	X1, 576(R13)
	MOVOU	32(R11)(R9*1), X0
	MOVOU	48(R11)(R9*1), X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R11)(R14*1), X9
	MOVOU	144(R11)(R14*1), X10
	PSLLW	$2, X9
	PSLLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 592(R13)
	MOVO	X1, 608(R13)
	MOVOU	32(R12)(R9*1), X0
	MOVOU	48(R12)(R9*1), X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R12)(R14*1), X9
	MOVOU	144(R12)(R14*1), X10
	PSLLW	$2, X9
	PSLLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 624(R13)
	MOVO	X1, 640(R13)
	/* token 0 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x40; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 320(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x50; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 336(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x40; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 320(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x50; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 336(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x40; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 320(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x50; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 336(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x40; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 320(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x50; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 336(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	352(SI), X0		/* 32Σx */
	PSUBL	368(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	32(R15), X0		/* sc */
	MULPS	48(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	384(SI), X0		/* xs */
	ADDPS	X0, X8
	/* token 1 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x90; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 400(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xA0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 416(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x90; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 400(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0xA0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 416(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x90; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 400(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0xA0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 416(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x90; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 400(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0xA0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 416(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	432(SI), X0		/* 32Σx */
	PSUBL	448(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	32(R15), X0		/* sc */
	MULPS	48(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	464(SI), X0		/* xs */
	ADDPS	X0, X11
	/* token 2 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xE0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 480(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xF0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 496(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xE0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 480(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0xF0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 496(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xE0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 480(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0xF0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 496(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xE0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 480(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0xF0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* pmaddubsw 496(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	512(SI), X0		/* 32Σx */
	PSUBL	528(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	32(R15), X0		/* sc */
	MULPS	48(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	544(SI), X0		/* xs */
	ADDPS	X0, X12
	/* token 3 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x30; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 560(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x40; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 576(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x30; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 560(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x40; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 576(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x30; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 560(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x40; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 576(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x30; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 560(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x40; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 576(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	592(SI), X0		/* 32Σx */
	PSUBL	608(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	32(R15), X0		/* sc */
	MULPS	48(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	624(SI), X0		/* xs */
	ADDPS	X0, X15
	/* the half's 32 2: ql 0-31, high nibbles, qh's bits 4-5 */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0B; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx,%r9,1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0F; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rdi,%r9,1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0F; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rdi,%r9,1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0F; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rdi,%r9,1) */
	MOVOU	0(DX)(R9*1), X0
	MOVOU	16(DX)(R9*1), X1
	PSRLW	$4, X0
	PSRLW	$4, X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(DX)(R14*1), X9
	MOVOU	144(DX)(R14*1), X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 528(R13)
	MOVO	X1, 544(R13)
	MOVOU	0(R10)(R9*1), X0
	MOVOU	16(R10)(R9*1), X1
	PSRLW	$4, X0
	PSRLW	$4, X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R10)(R14*1), X9
	MOVOU	144(R10)(R14*1), X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 560(R13)
	MOVO	X1, 576(R13)
	MOVOU	0(R11)(R9*1), X0
	MOVOU	16(R11)(R9*1), X1
	PSRLW	$4, X0
	PSRLW	$4, X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R11)(R14*1), X9
	MOVOU	144(R11)(R14*1), X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 592(R13)
	MOVO	X1, 608(R13)
	MOVOU	0(R12)(R9*1), X0
	MOVOU	16(R12)(R9*1), X1
	PSRLW	$4, X0
	PSRLW	$4, X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R12)(R14*1), X9
	MOVOU	144(R12)(R14*1), X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 624(R13)
	MOVO	X1, 640(R13)
	/* token 0 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x80; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 640(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x90; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 656(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x80; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 640(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x90; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 656(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x80; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 640(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x90; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 656(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x80; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 640(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x90; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 656(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	672(SI), X0		/* 32Σx */
	PSUBL	688(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	64(R15), X0		/* sc */
	MULPS	80(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	704(SI), X0		/* xs */
	ADDPS	X0, X8
	/* token 1 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xD0; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 720(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xE0; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 736(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xD0; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 720(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0xE0; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 736(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xD0; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 720(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0xE0; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 736(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xD0; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 720(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0xE0; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* pmaddubsw 736(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	752(SI), X0		/* 32Σx */
	PSUBL	768(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	64(R15), X0		/* sc */
	MULPS	80(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	784(SI), X0		/* xs */
	ADDPS	X0, X11
	/* token 2 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x20; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 800(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x30; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 816(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x20; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 800(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x30; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 816(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x20; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 800(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x30; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 816(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x20; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 800(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x30; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 816(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	832(SI), X0		/* 32Σx */
	PSUBL	848(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	64(R15), X0		/* sc */
	MULPS	80(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	864(SI), X0		/* xs */
	ADDPS	X0, X12
	/* token 3 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x70; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 880(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x80; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 896(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x70; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 880(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x80; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 896(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x70; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 880(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x80; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 896(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x70; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 880(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x80; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 896(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	912(SI), X0		/* 32Σx */
	PSUBL	928(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	64(R15), X0		/* sc */
	MULPS	80(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	944(SI), X0		/* xs */
	ADDPS	X0, X15
	/* the half's 32 3: ql 32-63, high nibbles, qh's bits 6-7 */
	MOVOU	32(DX)(R9*1), X0
	MOVOU	48(DX)(R9*1), X1
	PSRLW	$4, X0
	PSRLW	$4, X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(DX)(R14*1), X9
	MOVOU	144(DX)(R14*1), X10
	PSRLW	$2, X9
	PSRLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 528(R13)
	MOVO	X1, 544(R13)
	MOVOU	32(R10)(R9*1), X0
	MOVOU	48(R10)(R9*1), X1
	PSRLW	$4, X0
	PSRLW	$4, X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R10)(R14*1), X9
	MOVOU	144(R10)(R14*1), X10
	PSRLW	$2, X9
	PSRLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 560(R13)
	MOVO	X1, 576(R13)
	MOVOU	32(R11)(R9*1), X0
	MOVOU	48(R11)(R9*1), X1
	PSRLW	$4, X0
	PSRLW	$4, X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R11)(R14*1), X9
	MOVOU	144(R11)(R14*1), X10
	PSRLW	$2, X9
	PSRLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 592(R13)
	MOVO	X1, 608(R13)
	MOVOU	32(R12)(R9*1), X0
	MOVOU	48(R12)(R9*1), X1
	PSRLW	$4, X0
	PSRLW	$4, X1
	PAND	X13, X0
	PAND	X13, X1
	MOVOU	128(R12)(R14*1), X9
	MOVOU	144(R12)(R14*1), X10
	PSRLW	$2, X9
	PSRLW	$2, X10
	PAND	X14, X9
	PAND	X14, X10
	POR	X9, X0
	POR	X10, X1
	MOVO	X0, 624(R13)
	MOVO	X1, 640(R13)
	/* token 0 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xC0; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 960(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xD0; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 976(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xC0; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 960(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0xD0; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 976(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xC0; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 960(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0xD0; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 976(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xC0; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 960(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0xD0; BYTE $0x03; BYTE $0x00; BYTE $0x00	/* pmaddubsw 976(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	992(SI), X0		/* 32Σx */
	PSUBL	1008(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	96(R15), X0		/* sc */
	MULPS	112(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	1024(SI), X0		/* xs */
	ADDPS	X0, X8
	/* token 1 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x10; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1040(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x20; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1056(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x10; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1040(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x20; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1056(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x10; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1040(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x20; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1056(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x10; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1040(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x20; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1056(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	1072(SI), X0		/* 32Σx */
	PSUBL	1088(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	96(R15), X0		/* sc */
	MULPS	112(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	1104(SI), X0		/* xs */
	ADDPS	X0, X11
	/* token 2 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0x60; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1120(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0x70; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1136(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0x60; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1120(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0x70; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1136(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0x60; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1120(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0x70; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1136(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0x60; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1120(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0x70; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1136(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	1152(SI), X0		/* 32Σx */
	PSUBL	1168(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	96(R15), X0		/* sc */
	MULPS	112(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	1184(SI), X0		/* xs */
	ADDPS	X0, X12
	/* token 3 */
	MOVO	528(R13), X0
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x86; BYTE $0xB0; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1200(%rsi), %xmm0 */
	MOVO	544(R13), X4
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xA6; BYTE $0xC0; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1216(%rsi), %xmm4 */
	MOVO	560(R13), X1
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x8E; BYTE $0xB0; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1200(%rsi), %xmm1 */
	MOVO	576(R13), X5
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xAE; BYTE $0xC0; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1216(%rsi), %xmm5 */
	MOVO	592(R13), X2
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x96; BYTE $0xB0; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1200(%rsi), %xmm2 */
	MOVO	608(R13), X6
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xB6; BYTE $0xC0; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1216(%rsi), %xmm6 */
	MOVO	624(R13), X3
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0x9E; BYTE $0xB0; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1200(%rsi), %xmm3 */
	MOVO	640(R13), X7
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x04; BYTE $0xBE; BYTE $0xC0; BYTE $0x04; BYTE $0x00; BYTE $0x00	/* pmaddubsw 1216(%rsi), %xmm7 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xC1	/* phaddw %xmm1, %xmm0 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xD3	/* phaddw %xmm3, %xmm2 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xE5	/* phaddw %xmm5, %xmm4 */
	BYTE $0x66; BYTE $0x0F; BYTE $0x38; BYTE $0x01; BYTE $0xF7	/* phaddw %xmm7, %xmm6 */
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	MOVAPS	X4, X10
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X10
	PADDL	X10, X4
	PSUBL	1232(SI), X0		/* 32Σx */
	PSUBL	1248(SI), X4
	CVTPL2PS	X0, X0
	CVTPL2PS	X4, X4
	MULPS	96(R15), X0		/* sc */
	MULPS	112(R15), X4
	ADDPS	X4, X0
	MULPS	384(R13), X0		/* d */
	MULPS	1264(SI), X0		/* xs */
	ADDPS	X0, X15
	ADDQ	$64, R9
	ADDQ	$32, R14
	ADDQ	$128, R15
	ADDQ	$1280, SI
	LEAQ	128(R13), DI
	CMPQ	R15, DI
	JLE	t6half
	ADDQ	$210, AX
	CMPQ	AX, R8
	JLT	t6super
	MOVQ	0(BP), DI
	MOVQ	80(BP), R9
	SHLQ	$2, R9
	MOVUPS	X8, (DI)
	ADDQ	R9, DI
	MOVUPS	X11, (DI)
	ADDQ	R9, DI
	MOVUPS	X12, (DI)
	ADDQ	R9, DI
	MOVUPS	X15, (DI)
	RET

/*
 * q5kt4ssse3(Gargs*): four Q5_K rows times four prompt tokens, each
 * token's lanes the bits q5kx4ssse3 gives it alone, as q4kt4ssse3 does
 * for Q4_K: a pair of sub-blocks' 5-bit values (the nibbles with their
 * bits of qh over them) are made once, into the 256 bytes at 528 of
 * the Gargs' tab, and PMADDUBSW'd from there with each token's bytes.
 * The input's table and the outs as q4kt4ssse3's.
 */
TEXT	q5kt4ssse3(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R8
	LEAQ	(R8)(R8*4), DI
	LEAQ	(R8)(DI*2), R8
	SHLQ	$4, R8			/* the superblocks' bytes in a row: 176 each */
	MOVQ	72(BP), R13		/* the superblock's scales, constants, the nibbles */
	MOVQ	16(BP), SI		/* the input's table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVQ	0(BP), DI
	MOVQ	80(BP), R9
	SHLQ	$2, R9			/* ostride in bytes */
	MOVUPS	(DI), X8
	ADDQ	R9, DI
	MOVUPS	(DI), X9
	ADDQ	R9, DI
	MOVUPS	(DI), X10
	ADDQ	R9, DI
	MOVUPS	(DI), X13
	MOVO	256(R13), X15		/* 0x0F in every byte */
	XORQ	AX, AX			/* the superblock's offset in a row */
t5super:
	MOVQ	64(BP), DI		/* the half table */
	CALL	kscalesse(SB)
	MOVQ	R13, R14
	LEAQ	48(AX), R9		/* the pair's qs */
	MOVQ	$4, R15
t5pair:
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0B; BYTE $0xD0	/* PREFETCHT1 -48(BX)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0B; BYTE $0x10	/* PREFETCHT1 16(BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0xD0	/* PREFETCHT1 -48(DI)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0x10	/* PREFETCHT1 16(DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0xD0	/* PREFETCHT1 -48(DI)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0x10	/* PREFETCHT1 16(DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0xD0	/* PREFETCHT1 -48(DI)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0x10	/* PREFETCHT1 16(DI)(R9*1) */
	/* each row's 5-bit values of the pair's two 16s, at 528+64·row */
	MOVOU	0(DX)(R9*1), X0
	MOVOU	16(DX)(R9*1), X1
	MOVO	X0, X2
	PSRLW	$4, X2
	MOVO	X1, X3
	PSRLW	$4, X3
	PAND	X15, X0
	PAND	X15, X1
	PAND	X15, X2
	PAND	X15, X3
	MOVOU	16(DX)(AX*1), X11
	PSRLL	320(R14), X11
	MOVO	X11, X12
	PSLLW	$4, X11
	PSLLW	$3, X12
	PAND	272(R13), X11
	PAND	272(R13), X12
	POR	X11, X0
	POR	X12, X2
	MOVOU	32(DX)(AX*1), X11
	PSRLL	320(R14), X11
	MOVO	X11, X12
	PSLLW	$4, X11
	PSLLW	$3, X12
	PAND	272(R13), X11
	PAND	272(R13), X12
	POR	X11, X1
	POR	X12, X3
	MOVO	X0, 528(R13)
	MOVO	X1, 544(R13)
	MOVO	X2, 560(R13)
	MOVO	X3, 576(R13)
	MOVOU	0(R10)(R9*1), X0
	MOVOU	16(R10)(R9*1), X1
	MOVO	X0, X2
	PSRLW	$4, X2
	MOVO	X1, X3
	PSRLW	$4, X3
	PAND	X15, X0
	PAND	X15, X1
	PAND	X15, X2
	PAND	X15, X3
	MOVOU	16(R10)(AX*1), X11
	PSRLL	320(R14), X11
	MOVO	X11, X12
	PSLLW	$4, X11
	PSLLW	$3, X12
	PAND	272(R13), X11
	PAND	272(R13), X12
	POR	X11, X0
	POR	X12, X2
	MOVOU	32(R10)(AX*1), X11
	PSRLL	320(R14), X11
	MOVO	X11, X12
	PSLLW	$4, X11
	PSLLW	$3, X12
	PAND	272(R13), X11
	PAND	272(R13), X12
	POR	X11, X1
	POR	X12, X3
	MOVO	X0, 592(R13)
	MOVO	X1, 608(R13)
	MOVO	X2, 624(R13)
	MOVO	X3, 640(R13)
	MOVOU	0(R11)(R9*1), X0
	MOVOU	16(R11)(R9*1), X1
	MOVO	X0, X2
	PSRLW	$4, X2
	MOVO	X1, X3
	PSRLW	$4, X3
	PAND	X15, X0
	PAND	X15, X1
	PAND	X15, X2
	PAND	X15, X3
	MOVOU	16(R11)(AX*1), X11
	PSRLL	320(R14), X11
	MOVO	X11, X12
	PSLLW	$4, X11
	PSLLW	$3, X12
	PAND	272(R13), X11
	PAND	272(R13), X12
	POR	X11, X0
	POR	X12, X2
	MOVOU	32(R11)(AX*1), X11
	PSRLL	320(R14), X11
	MOVO	X11, X12
	PSLLW	$4, X11
	PSLLW	$3, X12
	PAND	272(R13), X11
	PAND	272(R13), X12
	POR	X11, X1
	POR	X12, X3
	MOVO	X0, 656(R13)
	MOVO	X1, 672(R13)
	MOVO	X2, 688(R13)
	MOVO	X3, 704(R13)
	MOVOU	0(R12)(R9*1), X0
	MOVOU	16(R12)(R9*1), X1
	MOVO	X0, X2
	PSRLW	$4, X2
	MOVO	X1, X3
	PSRLW	$4, X3
	PAND	X15, X0
	PAND	X15, X1
	PAND	X15, X2
	PAND	X15, X3
	MOVOU	16(R12)(AX*1), X11
	PSRLL	320(R14), X11
	MOVO	X11, X12
	PSLLW	$4, X11
	PSLLW	$3, X12
	PAND	272(R13), X11
	PAND	272(R13), X12
	POR	X11, X0
	POR	X12, X2
	MOVOU	32(R12)(AX*1), X11
	PSRLL	320(R14), X11
	MOVO	X11, X12
	PSLLW	$4, X11
	PSLLW	$3, X12
	PAND	272(R13), X11
	PAND	272(R13), X12
	POR	X11, X1
	POR	X12, X3
	MOVO	X0, 720(R13)
	MOVO	X1, 736(R13)
	MOVO	X2, 752(R13)
	MOVO	X3, 768(R13)

	MOVQ	$1, DI			/* Q5_K's */
	CALL	kt4pair(SB)
	ADDQ	$512, SI
	ADDQ	$64, R14
	ADDQ	$32, R9
	DECQ	R15
	JNE	t5pair
	ADDQ	$176, AX
	CMPQ	AX, R8
	JLT	t5super
	MOVQ	0(BP), DI
	MOVQ	80(BP), R9
	SHLQ	$2, R9
	MOVUPS	X8, (DI)
	ADDQ	R9, DI
	MOVUPS	X9, (DI)
	ADDQ	R9, DI
	MOVUPS	X10, (DI)
	ADDQ	R9, DI
	MOVUPS	X13, (DI)
	RET
