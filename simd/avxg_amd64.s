/*
 * AVX2 kernels of the GGUF Q4_0, Q4_1, Q5_0 and Q8_0 rows (gmatmul), used where avx2() says the machine has
 * them, giving the SSE2 kernels' bits. 6a has no AVX mnemonics: each
 * VEX instruction is BYTEs with the instruction, in GNU as syntax, in
 * its comment; test/gen/vexbytes makes such lines and the test vex_bytes
 * checks every one against as.
 *
 * Eight rows a pass, one per float lane of a YMM, against the input
 * quantized to int8 in groups of 32 (its scales xs and sums Σx), as
 * dotq4_0, dotq4_1, dotq5_0 and dotq8_0 in simd/gquant.c: each block's
 * integer sum exact in 32 bits (in any grouping), then the C's float
 * operations per row in its order, ((float)sum·d)·xs added to the lane
 * block after block. A block's halves are looked up in the table of
 * every half.
 *
 * A row's 16 bytes of nibbles go to both halves of a YMM, the high one
 * shifted right by 4 (VPSRLVD by 0,0,0,0,4,4,4,4: the bits shifted in
 * from the next byte are masked off with the rest by 0x0F), so that byte
 * k holds value k as the input's bytes do; VPMADDUBSW of these unsigned
 * values (at most 31) and the signed input bytes (-128 to 127) is exact,
 * no pair's sum above 2·31·128, and VPMADDWD by ones makes it dwords.
 * Q8_0's bytes and the input's are both signed: they are made words
 * (VPMOVSXBW) and multiplied by VPMADDWD, exact for every byte.
 * The eight rows' dwords are summed into the lanes of one YMM by
 * VPHADDD, VPERM2I128 and VPBLENDD.
 *
 * Each takes a pointer to a Gargs of ten 8-byte fields:
 *	out, xq, xs, xsum, w, rowbytes, blocks a row, d, the half table,
 *	the constants (avxgtab in simd/amd64.c)
 * with d a multiple of 8, at least one block a row and rowbytes the
 * blocks' bytes. The eight rows after the next eight are prefetched
 * into L2 as these are summed, eight blocks' bytes a block: into L1
 * (PREFETCHT0, as the SSE2 kernels) two passes of eight Q8_0 rows of
 * 2048 do not fit, and the decode was a third slower. Q4_0's half as
 * many bytes do: q40x8avx prefetches into L1, and decoded 4% faster so
 * on a Xeon.
 *
 * q80x8avx and q40x8avx take three more fields, rstep, bstep and pf
 * (Gargs): the bytes from a row of the pass to the next and from a
 * block of a row to its next, rowbytes and the block's bytes (34, 18)
 * for rows, the block's bytes and eight blocks' for a matrix in eights
 * (simd/gquant.c), whose eight rows are one stream; and where they
 * prefetch into L1 (PREFETCHT0), eight blocks' bytes a block, from the
 * pass's first row on: 2 KB on in eights (Q8_0: 1.5-3 KB were as fast
 * on a Xeon, 4 KB a quarter slower; Q4_0: 1 KB 5% slower), sixteen rows
 * on in rows.
 */

/*
 * q40x8avx: Q4_0, Σ(q-8)x as Σqx - 8·Σx.
 */
TEXT	q40x8avx(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), R12		/* w: row 0 of the pass */
	MOVQ	96(BP), CX		/* rstep */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	72(BP), R9		/* the constants */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x39	/* vmovdqu (%r9), %ymm15 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x71; BYTE $0x20	/* vmovdqu 32(%r9), %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x69; BYTE $0x40	/* vmovdqu 64(%r9), %ymm13 */
g40pass:
	CMPQ	R8, $8
	JLT	g40done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	MOVQ	48(BP), AX		/* blocks a row */
	MOVQ	R12, DX
	LEAQ	(R12)(CX*2), R10
	ADDQ	CX, R10		/* row 3 */
	LEAQ	(R10)(CX*2), R11
	ADDQ	CX, R11		/* row 6 */
	MOVQ	112(BP), BX
	ADDQ	R12, BX		/* pf on, prefetched as these go */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x57; BYTE $0xE4	/* vxorps %ymm12, %ymm12, %ymm12 */
g40block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x0B	/* prefetcht0 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x4B; BYTE $0x40	/* prefetcht0 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8B; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht0 128(%rbx) */
	ADDQ	$144, BX
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x1E	/* vmovdqu (%rsi), %ymm11 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x42; BYTE $0x02	/* vbroadcasti128 2(%rdx), %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x45; BYTE $0xC5	/* vpsrlvd %ymm13, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xDB; BYTE $0xC7	/* vpand %ymm15, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x04; BYTE $0xC3	/* vpmaddubsw %ymm11, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xF5; BYTE $0xC6	/* vpmaddwd %ymm14, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vbroadcasti128 2(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x75; BYTE $0x45; BYTE $0xCD	/* vpsrlvd %ymm13, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xDB; BYTE $0xCF	/* vpand %ymm15, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x75; BYTE $0x04; BYTE $0xCB	/* vpmaddubsw %ymm11, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xF5; BYTE $0xCE	/* vpmaddwd %ymm14, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x54; BYTE $0x4A; BYTE $0x02	/* vbroadcasti128 2(%rdx,%rcx,2), %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x45; BYTE $0xD5	/* vpsrlvd %ymm13, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xDB; BYTE $0xD7	/* vpand %ymm15, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x04; BYTE $0xD3	/* vpmaddubsw %ymm11, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xF5; BYTE $0xD6	/* vpmaddwd %ymm14, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x5A; BYTE $0x02	/* vbroadcasti128 2(%r10), %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x45; BYTE $0xDD	/* vpsrlvd %ymm13, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xDB; BYTE $0xDF	/* vpand %ymm15, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x04; BYTE $0xDB	/* vpmaddubsw %ymm11, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xF5; BYTE $0xDE	/* vpmaddwd %ymm14, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x64; BYTE $0x0A; BYTE $0x02	/* vbroadcasti128 2(%r10,%rcx,1), %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x45; BYTE $0xE5	/* vpsrlvd %ymm13, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xDB; BYTE $0xE7	/* vpand %ymm15, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x04; BYTE $0xE3	/* vpmaddubsw %ymm11, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm14, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x6C; BYTE $0x4A; BYTE $0x02	/* vbroadcasti128 2(%r10,%rcx,2), %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x55; BYTE $0x45; BYTE $0xED	/* vpsrlvd %ymm13, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xDB; BYTE $0xEF	/* vpand %ymm15, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x55; BYTE $0x04; BYTE $0xEB	/* vpmaddubsw %ymm11, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xF5; BYTE $0xEE	/* vpmaddwd %ymm14, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x73; BYTE $0x02	/* vbroadcasti128 2(%r11), %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x4D; BYTE $0x45; BYTE $0xF5	/* vpsrlvd %ymm13, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xDB; BYTE $0xF7	/* vpand %ymm15, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x4D; BYTE $0x04; BYTE $0xF3	/* vpmaddubsw %ymm11, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xF5; BYTE $0xF6	/* vpmaddwd %ymm14, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x7C; BYTE $0x0B; BYTE $0x02	/* vbroadcasti128 2(%r11,%rcx,1), %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x45; BYTE $0x45; BYTE $0xFD	/* vpsrlvd %ymm13, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xDB; BYTE $0xFF	/* vpand %ymm15, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x45; BYTE $0x04; BYTE $0xFB	/* vpmaddubsw %ymm11, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xF5; BYTE $0xFE	/* vpmaddwd %ymm14, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x02; BYTE $0xD3	/* vphaddd %ymm3, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE5	/* vphaddd %ymm5, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x4D; BYTE $0x02; BYTE $0xF7	/* vphaddd %ymm7, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC2	/* vphaddd %ymm2, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE6	/* vphaddd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xCC; BYTE $0x21	/* vperm2i128 $0x21, %ymm4, %ymm0, %ymm1 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x02; BYTE $0xC4; BYTE $0xF0	/* vpblendd $0xf0, %ymm4, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC1	/* vpaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x58; BYTE $0x27	/* vpbroadcastd (%r15), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0x72; BYTE $0xF4; BYTE $0x03	/* vpslld $3, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFA; BYTE $0xC4	/* vpsubd %ymm4, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x64; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm4 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x6C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm5 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm5, %xmm5 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm5, %xmm5 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm5, %xmm5 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x5D; BYTE $0x18; BYTE $0xE5; BYTE $0x01	/* vinsertf128 $1, %xmm5, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC4	/* vmulps %ymm4, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x18; BYTE $0x2E	/* vbroadcastss (%r14), %ymm5 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC5	/* vmulps %ymm5, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x58; BYTE $0xE0	/* vaddps %ymm0, %ymm12, %ymm12 */
	ADDQ	104(BP), DX		/* bstep */
	ADDQ	104(BP), R10
	ADDQ	104(BP), R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	DECQ	AX
	JNE	g40block
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0x27	/* vmovups %ymm12, (%rdi) */
	ADDQ	$32, DI
	MOVQ	40(BP), R9
	LEAQ	(R12)(R9*8), R12		/* eight rows on */
	SUBQ	$8, R8
	JMP	g40pass
g40done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * q80x8avx: Q8_0.
 */
TEXT	q80x8avx(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), R12		/* w: row 0 of the pass */
	MOVQ	96(BP), CX		/* rstep */
	MOVQ	104(BP), R15		/* bstep */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	72(BP), R9		/* the constants */
g80pass:
	CMPQ	R8, $8
	JLT	g80done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	48(BP), AX		/* blocks a row */
	MOVQ	R12, DX
	LEAQ	(R12)(CX*2), R10
	ADDQ	CX, R10		/* row 3 */
	LEAQ	(R10)(CX*2), R11
	ADDQ	CX, R11		/* row 6 */
	MOVQ	112(BP), BX
	ADDQ	R12, BX		/* pf on, prefetched as these go */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x57; BYTE $0xE4	/* vxorps %ymm12, %ymm12, %ymm12 */
g80block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x0B	/* prefetcht0 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x4B; BYTE $0x40	/* prefetcht0 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8B; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht0 128(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8B; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht0 192(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8B; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* prefetcht0 256(%rbx) */
	ADDQ	$272, BX
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x16	/* vpmovsxbw (%rsi), %ymm10 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x5E; BYTE $0x10	/* vpmovsxbw 16(%rsi), %ymm11 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x42; BYTE $0x02	/* vpmovsxbw 2(%rdx), %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xF5; BYTE $0xC2	/* vpmaddwd %ymm10, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x42; BYTE $0x12	/* vpmovsxbw 18(%rdx), %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xF5; BYTE $0xC3	/* vpmaddwd %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xFE; BYTE $0xC0	/* vpaddd %ymm8, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xF5; BYTE $0xCA	/* vpmaddwd %ymm10, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,1), %ymm9 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x35; BYTE $0xF5; BYTE $0xCB	/* vpmaddwd %ymm11, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xFE; BYTE $0xC9	/* vpaddd %ymm9, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x54; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,2), %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xF5; BYTE $0xD2	/* vpmaddwd %ymm10, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x44; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,2), %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xF5; BYTE $0xC3	/* vpmaddwd %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xFE; BYTE $0xD0	/* vpaddd %ymm8, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x5A; BYTE $0x02	/* vpmovsxbw 2(%r10), %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xF5; BYTE $0xDA	/* vpmaddwd %ymm10, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x20; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%r10), %ymm9 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x35; BYTE $0xF5; BYTE $0xCB	/* vpmaddwd %ymm11, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xFE; BYTE $0xD9	/* vpaddd %ymm9, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,1), %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xF5; BYTE $0xE2	/* vpmaddwd %ymm10, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x20; BYTE $0x44; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,1), %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xF5; BYTE $0xC3	/* vpmaddwd %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xFE; BYTE $0xE0	/* vpaddd %ymm8, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x6C; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,2), %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xF5; BYTE $0xEA	/* vpmaddwd %ymm10, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,2), %ymm9 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x35; BYTE $0xF5; BYTE $0xCB	/* vpmaddwd %ymm11, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xFE; BYTE $0xE9	/* vpaddd %ymm9, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x73; BYTE $0x02	/* vpmovsxbw 2(%r11), %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xF5; BYTE $0xF2	/* vpmaddwd %ymm10, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x20; BYTE $0x43; BYTE $0x12	/* vpmovsxbw 18(%r11), %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xF5; BYTE $0xC3	/* vpmaddwd %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xFE; BYTE $0xF0	/* vpaddd %ymm8, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x7C; BYTE $0x0B; BYTE $0x02	/* vpmovsxbw 2(%r11,%rcx,1), %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xF5; BYTE $0xFA	/* vpmaddwd %ymm10, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0B; BYTE $0x12	/* vpmovsxbw 18(%r11,%rcx,1), %ymm9 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x35; BYTE $0xF5; BYTE $0xCB	/* vpmaddwd %ymm11, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xFE; BYTE $0xF9	/* vpaddd %ymm9, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x02; BYTE $0xD3	/* vphaddd %ymm3, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE5	/* vphaddd %ymm5, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x4D; BYTE $0x02; BYTE $0xF7	/* vphaddd %ymm7, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC2	/* vphaddd %ymm2, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE6	/* vphaddd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xCC; BYTE $0x21	/* vperm2i128 $0x21, %ymm4, %ymm0, %ymm1 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x02; BYTE $0xC4; BYTE $0xF0	/* vpblendd $0xf0, %ymm4, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC1	/* vpaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x64; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm4 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x6C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm5 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm5, %xmm5 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm5, %xmm5 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm5, %xmm5 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x5D; BYTE $0x18; BYTE $0xE5; BYTE $0x01	/* vinsertf128 $1, %xmm5, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC4	/* vmulps %ymm4, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x18; BYTE $0x2E	/* vbroadcastss (%r14), %ymm5 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC5	/* vmulps %ymm5, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x58; BYTE $0xE0	/* vaddps %ymm0, %ymm12, %ymm12 */
	ADDQ	R15, DX
	ADDQ	R15, R10
	ADDQ	R15, R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	DECQ	AX
	JNE	g80block
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0x27	/* vmovups %ymm12, (%rdi) */
	ADDQ	$32, DI
	MOVQ	40(BP), R9
	LEAQ	(R12)(R9*8), R12		/* eight rows on */
	SUBQ	$8, R8
	JMP	g80pass
g80done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * q41x8avx: Q4_1, the nibbles unsigned, and each block's
 * ((float)Σx·m)·xs added to its ((float)sum·d)·xs before the lane takes
 * it, as dotq4_1 does.
 */
TEXT	q41x8avx(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), R12		/* w: row 0 of the pass */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	72(BP), R9		/* the constants */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x39	/* vmovdqu (%r9), %ymm15 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x71; BYTE $0x20	/* vmovdqu 32(%r9), %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x69; BYTE $0x40	/* vmovdqu 64(%r9), %ymm13 */
g41pass:
	CMPQ	R8, $8
	JLT	g41done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	MOVQ	48(BP), AX		/* blocks a row */
	MOVQ	R12, DX
	LEAQ	(R12)(CX*2), R10
	ADDQ	CX, R10		/* row 3 */
	LEAQ	(R10)(CX*2), R11
	ADDQ	CX, R11		/* row 6 */
	LEAQ	(R12)(CX*8), BX
	LEAQ	(BX)(CX*8), BX		/* the eight rows after the next, prefetched as these go */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x57; BYTE $0xE4	/* vxorps %ymm12, %ymm12, %ymm12 */
g41block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x13	/* prefetcht1 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x53; BYTE $0x40	/* prefetcht1 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx) */
	ADDQ	$160, BX
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x1E	/* vmovdqu (%rsi), %ymm11 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x42; BYTE $0x04	/* vbroadcasti128 4(%rdx), %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x45; BYTE $0xC5	/* vpsrlvd %ymm13, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xDB; BYTE $0xC7	/* vpand %ymm15, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x04; BYTE $0xC3	/* vpmaddubsw %ymm11, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xF5; BYTE $0xC6	/* vpmaddwd %ymm14, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x4C; BYTE $0x0A; BYTE $0x04	/* vbroadcasti128 4(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x75; BYTE $0x45; BYTE $0xCD	/* vpsrlvd %ymm13, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xDB; BYTE $0xCF	/* vpand %ymm15, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x75; BYTE $0x04; BYTE $0xCB	/* vpmaddubsw %ymm11, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xF5; BYTE $0xCE	/* vpmaddwd %ymm14, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x54; BYTE $0x4A; BYTE $0x04	/* vbroadcasti128 4(%rdx,%rcx,2), %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x45; BYTE $0xD5	/* vpsrlvd %ymm13, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xDB; BYTE $0xD7	/* vpand %ymm15, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x04; BYTE $0xD3	/* vpmaddubsw %ymm11, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xF5; BYTE $0xD6	/* vpmaddwd %ymm14, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x5A; BYTE $0x04	/* vbroadcasti128 4(%r10), %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x45; BYTE $0xDD	/* vpsrlvd %ymm13, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xDB; BYTE $0xDF	/* vpand %ymm15, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x04; BYTE $0xDB	/* vpmaddubsw %ymm11, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xF5; BYTE $0xDE	/* vpmaddwd %ymm14, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x64; BYTE $0x0A; BYTE $0x04	/* vbroadcasti128 4(%r10,%rcx,1), %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x45; BYTE $0xE5	/* vpsrlvd %ymm13, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xDB; BYTE $0xE7	/* vpand %ymm15, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x04; BYTE $0xE3	/* vpmaddubsw %ymm11, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm14, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x6C; BYTE $0x4A; BYTE $0x04	/* vbroadcasti128 4(%r10,%rcx,2), %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x55; BYTE $0x45; BYTE $0xED	/* vpsrlvd %ymm13, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xDB; BYTE $0xEF	/* vpand %ymm15, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x55; BYTE $0x04; BYTE $0xEB	/* vpmaddubsw %ymm11, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xF5; BYTE $0xEE	/* vpmaddwd %ymm14, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x73; BYTE $0x04	/* vbroadcasti128 4(%r11), %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x4D; BYTE $0x45; BYTE $0xF5	/* vpsrlvd %ymm13, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xDB; BYTE $0xF7	/* vpand %ymm15, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x4D; BYTE $0x04; BYTE $0xF3	/* vpmaddubsw %ymm11, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xF5; BYTE $0xF6	/* vpmaddwd %ymm14, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x7C; BYTE $0x0B; BYTE $0x04	/* vbroadcasti128 4(%r11,%rcx,1), %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x45; BYTE $0x45; BYTE $0xFD	/* vpsrlvd %ymm13, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xDB; BYTE $0xFF	/* vpand %ymm15, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x45; BYTE $0x04; BYTE $0xFB	/* vpmaddubsw %ymm11, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xF5; BYTE $0xFE	/* vpmaddwd %ymm14, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x02; BYTE $0xD3	/* vphaddd %ymm3, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE5	/* vphaddd %ymm5, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x4D; BYTE $0x02; BYTE $0xF7	/* vphaddd %ymm7, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC2	/* vphaddd %ymm2, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE6	/* vphaddd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xCC; BYTE $0x21	/* vperm2i128 $0x21, %ymm4, %ymm0, %ymm1 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x02; BYTE $0xC4; BYTE $0xF0	/* vpblendd $0xf0, %ymm4, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC1	/* vpaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x64; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm4 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x6C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm5 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm5, %xmm5 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm5, %xmm5 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm5, %xmm5 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x5D; BYTE $0x18; BYTE $0xE5; BYTE $0x01	/* vinsertf128 $1, %xmm5, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC4	/* vmulps %ymm4, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x18; BYTE $0x2E	/* vbroadcastss (%r14), %ymm5 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC5	/* vmulps %ymm5, %ymm0, %ymm0 */
	MOVWLZX	2(DX), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x74; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm6 */
	MOVWLZX	2(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x49; BYTE $0x21; BYTE $0x74; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm6, %xmm6 */
	MOVWLZX	2(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x49; BYTE $0x21; BYTE $0x74; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm6, %xmm6 */
	MOVWLZX	2(R10), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x49; BYTE $0x21; BYTE $0x74; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm6, %xmm6 */
	MOVWLZX	2(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x7C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm7 */
	MOVWLZX	2(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x41; BYTE $0x21; BYTE $0x7C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm7, %xmm7 */
	MOVWLZX	2(R11), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x41; BYTE $0x21; BYTE $0x7C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm7, %xmm7 */
	MOVWLZX	2(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x41; BYTE $0x21; BYTE $0x7C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm7, %xmm7 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x4D; BYTE $0x18; BYTE $0xF7; BYTE $0x01	/* vinsertf128 $1, %xmm7, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x58; BYTE $0x3F	/* vpbroadcastd (%r15), %ymm7 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xFF	/* vcvtdq2ps %ymm7, %ymm7 */
	BYTE $0xC5; BYTE $0xC4; BYTE $0x59; BYTE $0xFE	/* vmulps %ymm6, %ymm7, %ymm7 */
	BYTE $0xC5; BYTE $0xC4; BYTE $0x59; BYTE $0xFD	/* vmulps %ymm5, %ymm7, %ymm7 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x58; BYTE $0xC7	/* vaddps %ymm7, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x58; BYTE $0xE0	/* vaddps %ymm0, %ymm12, %ymm12 */
	ADDQ	$20, DX
	ADDQ	$20, R10
	ADDQ	$20, R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	DECQ	AX
	JNE	g41block
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0x27	/* vmovups %ymm12, (%rdi) */
	ADDQ	$32, DI
	LEAQ	(R12)(CX*8), R12
	SUBQ	$8, R8
	JMP	g41pass
g41done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * q50x8avx: Q5_0, each value's fifth bit put over its nibble: the
 * block's 32 bits broadcast, byte k of them moved to bytes 8k to 8k+7
 * (VPSHUFB), tested against 1, 2, 4, ... 128 and made 0x10 where set;
 * Σ(q-16)x as Σqx - 16·Σx.
 */
TEXT	q50x8avx(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), R12		/* w: row 0 of the pass */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	72(BP), R9		/* the constants */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x39	/* vmovdqu (%r9), %ymm15 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x71; BYTE $0x20	/* vmovdqu 32(%r9), %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x69; BYTE $0x40	/* vmovdqu 64(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x51; BYTE $0x60	/* vmovdqu 96(%r9), %ymm10 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x89; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovdqu 128(%r9), %ymm9 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7E; BYTE $0x6F; BYTE $0x99; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovdqu 160(%r9), %ymm11 */
g50pass:
	CMPQ	R8, $8
	JLT	g50done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	MOVQ	48(BP), AX		/* blocks a row */
	MOVQ	R12, DX
	LEAQ	(R12)(CX*2), R10
	ADDQ	CX, R10		/* row 3 */
	LEAQ	(R10)(CX*2), R11
	ADDQ	CX, R11		/* row 6 */
	LEAQ	(R12)(CX*8), BX
	LEAQ	(BX)(CX*8), BX		/* the eight rows after the next, prefetched as these go */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x57; BYTE $0xE4	/* vxorps %ymm12, %ymm12, %ymm12 */
g50block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x13	/* prefetcht1 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x53; BYTE $0x40	/* prefetcht1 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx) */
	ADDQ	$176, BX
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x42; BYTE $0x02	/* vpbroadcastd 2(%rdx), %ymm8 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x3D; BYTE $0x00; BYTE $0xC2	/* vpshufb %ymm10, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC1	/* vpand %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0x74; BYTE $0xC1	/* vpcmpeqb %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC3	/* vpand %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x42; BYTE $0x06	/* vbroadcasti128 6(%rdx), %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x45; BYTE $0xC5	/* vpsrlvd %ymm13, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xDB; BYTE $0xC7	/* vpand %ymm15, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xEB; BYTE $0xC0	/* vpor %ymm8, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x04; BYTE $0x06	/* vpmaddubsw (%rsi), %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xF5; BYTE $0xC6	/* vpmaddwd %ymm14, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x44; BYTE $0x0A; BYTE $0x02	/* vpbroadcastd 2(%rdx,%rcx,1), %ymm8 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x3D; BYTE $0x00; BYTE $0xC2	/* vpshufb %ymm10, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC1	/* vpand %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0x74; BYTE $0xC1	/* vpcmpeqb %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC3	/* vpand %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x4C; BYTE $0x0A; BYTE $0x06	/* vbroadcasti128 6(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x75; BYTE $0x45; BYTE $0xCD	/* vpsrlvd %ymm13, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xDB; BYTE $0xCF	/* vpand %ymm15, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xEB; BYTE $0xC8	/* vpor %ymm8, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x04; BYTE $0x0E	/* vpmaddubsw (%rsi), %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xF5; BYTE $0xCE	/* vpmaddwd %ymm14, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x44; BYTE $0x4A; BYTE $0x02	/* vpbroadcastd 2(%rdx,%rcx,2), %ymm8 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x3D; BYTE $0x00; BYTE $0xC2	/* vpshufb %ymm10, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC1	/* vpand %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0x74; BYTE $0xC1	/* vpcmpeqb %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC3	/* vpand %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x54; BYTE $0x4A; BYTE $0x06	/* vbroadcasti128 6(%rdx,%rcx,2), %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x45; BYTE $0xD5	/* vpsrlvd %ymm13, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xDB; BYTE $0xD7	/* vpand %ymm15, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xEB; BYTE $0xD0	/* vpor %ymm8, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x04; BYTE $0x16	/* vpmaddubsw (%rsi), %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xF5; BYTE $0xD6	/* vpmaddwd %ymm14, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x42; BYTE $0x02	/* vpbroadcastd 2(%r10), %ymm8 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x3D; BYTE $0x00; BYTE $0xC2	/* vpshufb %ymm10, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC1	/* vpand %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0x74; BYTE $0xC1	/* vpcmpeqb %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC3	/* vpand %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x5A; BYTE $0x06	/* vbroadcasti128 6(%r10), %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x45; BYTE $0xDD	/* vpsrlvd %ymm13, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xDB; BYTE $0xDF	/* vpand %ymm15, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xEB; BYTE $0xD8	/* vpor %ymm8, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x65; BYTE $0x04; BYTE $0x1E	/* vpmaddubsw (%rsi), %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xF5; BYTE $0xDE	/* vpmaddwd %ymm14, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x44; BYTE $0x0A; BYTE $0x02	/* vpbroadcastd 2(%r10,%rcx,1), %ymm8 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x3D; BYTE $0x00; BYTE $0xC2	/* vpshufb %ymm10, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC1	/* vpand %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0x74; BYTE $0xC1	/* vpcmpeqb %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC3	/* vpand %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x64; BYTE $0x0A; BYTE $0x06	/* vbroadcasti128 6(%r10,%rcx,1), %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x45; BYTE $0xE5	/* vpsrlvd %ymm13, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xDB; BYTE $0xE7	/* vpand %ymm15, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xEB; BYTE $0xE0	/* vpor %ymm8, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x04; BYTE $0x26	/* vpmaddubsw (%rsi), %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm14, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x44; BYTE $0x4A; BYTE $0x02	/* vpbroadcastd 2(%r10,%rcx,2), %ymm8 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x3D; BYTE $0x00; BYTE $0xC2	/* vpshufb %ymm10, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC1	/* vpand %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0x74; BYTE $0xC1	/* vpcmpeqb %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC3	/* vpand %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x6C; BYTE $0x4A; BYTE $0x06	/* vbroadcasti128 6(%r10,%rcx,2), %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x55; BYTE $0x45; BYTE $0xED	/* vpsrlvd %ymm13, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xDB; BYTE $0xEF	/* vpand %ymm15, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xEB; BYTE $0xE8	/* vpor %ymm8, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x55; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xF5; BYTE $0xEE	/* vpmaddwd %ymm14, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x43; BYTE $0x02	/* vpbroadcastd 2(%r11), %ymm8 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x3D; BYTE $0x00; BYTE $0xC2	/* vpshufb %ymm10, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC1	/* vpand %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0x74; BYTE $0xC1	/* vpcmpeqb %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC3	/* vpand %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x73; BYTE $0x06	/* vbroadcasti128 6(%r11), %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x4D; BYTE $0x45; BYTE $0xF5	/* vpsrlvd %ymm13, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xDB; BYTE $0xF7	/* vpand %ymm15, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xEB; BYTE $0xF0	/* vpor %ymm8, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x4D; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xF5; BYTE $0xF6	/* vpmaddwd %ymm14, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x44; BYTE $0x0B; BYTE $0x02	/* vpbroadcastd 2(%r11,%rcx,1), %ymm8 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x3D; BYTE $0x00; BYTE $0xC2	/* vpshufb %ymm10, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC1	/* vpand %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0x74; BYTE $0xC1	/* vpcmpeqb %ymm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xDB; BYTE $0xC3	/* vpand %ymm11, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x7C; BYTE $0x0B; BYTE $0x06	/* vbroadcasti128 6(%r11,%rcx,1), %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x45; BYTE $0x45; BYTE $0xFD	/* vpsrlvd %ymm13, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xDB; BYTE $0xFF	/* vpand %ymm15, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xEB; BYTE $0xF8	/* vpor %ymm8, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x45; BYTE $0x04; BYTE $0x3E	/* vpmaddubsw (%rsi), %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xF5; BYTE $0xFE	/* vpmaddwd %ymm14, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x02; BYTE $0xD3	/* vphaddd %ymm3, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE5	/* vphaddd %ymm5, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x4D; BYTE $0x02; BYTE $0xF7	/* vphaddd %ymm7, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC2	/* vphaddd %ymm2, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE6	/* vphaddd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xCC; BYTE $0x21	/* vperm2i128 $0x21, %ymm4, %ymm0, %ymm1 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x02; BYTE $0xC4; BYTE $0xF0	/* vpblendd $0xf0, %ymm4, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC1	/* vpaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x58; BYTE $0x27	/* vpbroadcastd (%r15), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0x72; BYTE $0xF4; BYTE $0x04	/* vpslld $4, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFA; BYTE $0xC4	/* vpsubd %ymm4, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x64; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm4 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x59; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm4, %xmm4 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x6C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm5 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm5, %xmm5 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm5, %xmm5 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x51; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm5, %xmm5 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x5D; BYTE $0x18; BYTE $0xE5; BYTE $0x01	/* vinsertf128 $1, %xmm5, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC4	/* vmulps %ymm4, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x18; BYTE $0x2E	/* vbroadcastss (%r14), %ymm5 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC5	/* vmulps %ymm5, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x58; BYTE $0xE0	/* vaddps %ymm0, %ymm12, %ymm12 */
	ADDQ	$22, DX
	ADDQ	$22, R10
	ADDQ	$22, R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	DECQ	AX
	JNE	g50block
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0x27	/* vmovups %ymm12, (%rdi) */
	ADDQ	$32, DI
	LEAQ	(R12)(CX*8), R12
	SUBQ	$8, R8
	JMP	g50pass
g50done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

