/*
 * Four-token AVX-VNNI kernels of the GGUF Q4_0 and Q8_0 rows
 * (gmatmul4), used where vnni() says the machine has VEX VPDPBUSD: each
 * token's outputs are the bits q40x8avx and q80x8avx (and dotq4_0 and
 * dotq8_0 in simd/gquant.c) give it alone. Its BYTE lines are made as
 * simd/avxg4_amd64.s's are; {vex} in a comment is as's word for the
 * VEX form, which it would make EVEX (AVX-512) without it.
 *
 * Eight rows a pass, one per dword lane: a block's bytes of the eight
 * rows are turned (in each 128-bit lane, rows 0-3 below and 4-7 above)
 * so that one register holds the same four bytes of every row, and
 * VPDPBUSD of it with those four bytes of a token's input, broadcast,
 * adds each row's four products to its own lane. No lane is summed
 * across, and the rows are turned once for the four tokens. The sums
 * are exact in 32 bits in any grouping; after them each token's float
 * operations are the one-token kernel's, ((float)sum·d)·xs added to its
 * lane, block after block. VPDPBUSD takes unsigned bytes by signed
 * ones: Q4_0's nibbles are unsigned, and its Σ(q-8)x is Σqx - 8·Σx as
 * in q40x8avx; Q8_0's bytes are made unsigned by xor 0x80 (w+128), and
 * Σwx is Σ(w+128)x - 128·Σx. Four products of at most 255·128 and
 * eight such steps a block stay far inside 32 bits.
 *
 * Each takes a pointer to a Gargs as the kernels of avxg4_amd64.s do,
 * but with -8·Σx (Q4_0) or -128·Σx (Q8_0) in place of each Σx of xsum
 * (vnnisums in simd/amd64.c): each token's block sum starts there. The
 * table is vnnitab's 64 bytes: 32 of 0x0F, 32 of 0x80.
 */

/*
 * q80x8vnni4: Q8_0, the rows' bytes made unsigned (w+128, by xor),
 * -128·Σx + Σ(w+128)x.
 */
TEXT	q80x8vnni4(SB), $0
	MOVQ	72(BP), DI		/* the table */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	48(BP), R8
	SHLQ	$5, R8		/* n: from one token's input to the next */
	MOVQ	48(BP), R12
	SHLQ	$2, R12		/* from one token's scales and sums to the next */
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x7F; BYTE $0x20	/* vmovdqu 32(%rdi), %ymm15 */
v80pass:
	MOVQ	56(BP), R9
	CMPQ	R9, $8
	JLT	v80done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	MOVQ	48(BP), AX		/* blocks a row */
	MOVQ	32(BP), DX		/* row 0 */
	LEAQ	(DX)(CX*2), R10
	ADDQ	CX, R10		/* row 3 */
	LEAQ	(R10)(CX*2), R11
	ADDQ	CX, R11		/* row 6 */
	LEAQ	(DX)(CX*8), BX
	LEAQ	(BX)(CX*8), BX		/* the eight rows after the next, prefetched as these go */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x57; BYTE $0xC0	/* vxorps %ymm8, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x57; BYTE $0xC9	/* vxorps %ymm9, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x2C; BYTE $0x57; BYTE $0xD2	/* vxorps %ymm10, %ymm10, %ymm10 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x24; BYTE $0x57; BYTE $0xDB	/* vxorps %ymm11, %ymm11, %ymm11 */
v80block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x13	/* prefetcht1 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x53; BYTE $0x40	/* prefetcht1 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 192(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* prefetcht1 256(%rbx) */
	ADDQ	$272, BX
	LEAQ	(R15)(R12*2), R9
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x58; BYTE $0x07	/* vpbroadcastd (%r15), %ymm0 */
	BYTE $0xC4; BYTE $0x82; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x27	/* vpbroadcastd (%r15,%r12,1), %ymm5 */
	BYTE $0xC4; BYTE $0x82; BYTE $0x7D; BYTE $0x58; BYTE $0x34; BYTE $0x67	/* vpbroadcastd (%r15,%r12,2), %ymm6 */
	BYTE $0xC4; BYTE $0x82; BYTE $0x7D; BYTE $0x58; BYTE $0x3C; BYTE $0x21	/* vpbroadcastd (%r9,%r12,1), %ymm7 */
	LEAQ	(SI)(R8*2), R9
	ADDQ	R8, R9		/* token 3's input */
	BYTE $0xC5; BYTE $0xFA; BYTE $0x6F; BYTE $0x4A; BYTE $0x02	/* vmovdqu 2(%rdx), %xmm1 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x75; BYTE $0x38; BYTE $0x4C; BYTE $0x0A; BYTE $0x02; BYTE $0x01	/* vinserti128 $1, 2(%r10,%rcx,1), %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xFA; BYTE $0x6F; BYTE $0x54; BYTE $0x0A; BYTE $0x02	/* vmovdqu 2(%rdx,%rcx,1), %xmm2 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x6D; BYTE $0x38; BYTE $0x54; BYTE $0x4A; BYTE $0x02; BYTE $0x01	/* vinserti128 $1, 2(%r10,%rcx,2), %ymm2, %ymm2 */
	BYTE $0xC5; BYTE $0xFA; BYTE $0x6F; BYTE $0x5C; BYTE $0x4A; BYTE $0x02	/* vmovdqu 2(%rdx,%rcx,2), %xmm3 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x65; BYTE $0x38; BYTE $0x5B; BYTE $0x02; BYTE $0x01	/* vinserti128 $1, 2(%r11), %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7A; BYTE $0x6F; BYTE $0x62; BYTE $0x02	/* vmovdqu 2(%r10), %xmm4 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x5D; BYTE $0x38; BYTE $0x64; BYTE $0x0B; BYTE $0x02; BYTE $0x01	/* vinserti128 $1, 2(%r11,%rcx,1), %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0x75; BYTE $0x62; BYTE $0xE2	/* vpunpckldq %ymm2, %ymm1, %ymm12 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x6A; BYTE $0xCA	/* vpunpckhdq %ymm2, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0x62; BYTE $0xD4	/* vpunpckldq %ymm4, %ymm3, %ymm2 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0x6A; BYTE $0xDC	/* vpunpckhdq %ymm4, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x9D; BYTE $0x6C; BYTE $0xE2	/* vpunpcklqdq %ymm2, %ymm12, %ymm4 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0x6D; BYTE $0xE2	/* vpunpckhqdq %ymm2, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x6C; BYTE $0xD3	/* vpunpcklqdq %ymm3, %ymm1, %ymm2 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x6D; BYTE $0xDB	/* vpunpckhqdq %ymm3, %ymm1, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xEF; BYTE $0xE7	/* vpxor %ymm15, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xEF; BYTE $0xE7	/* vpxor %ymm15, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xEF; BYTE $0xD7	/* vpxor %ymm15, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xEF; BYTE $0xDF	/* vpxor %ymm15, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x2E	/* vpbroadcastd (%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm4, %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x04	/* vpbroadcastd 4(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x1D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm12, %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x08	/* vpbroadcastd 8(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm2, %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x0C	/* vpbroadcastd 12(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm3, %ymm0 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x06	/* vpbroadcastd (%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm4, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x04	/* vpbroadcastd 4(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x1D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm12, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x08	/* vpbroadcastd 8(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm2, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x0C	/* vpbroadcastd 12(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm3, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x46	/* vpbroadcastd (%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm4, %ymm6 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x04	/* vpbroadcastd 4(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x1D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm12, %ymm6 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x08	/* vpbroadcastd 8(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm2, %ymm6 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x0C	/* vpbroadcastd 12(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm3, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x29	/* vpbroadcastd (%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm4, %ymm7 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x04	/* vpbroadcastd 4(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x1D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm12, %ymm7 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x08	/* vpbroadcastd 8(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm2, %ymm7 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x0C	/* vpbroadcastd 12(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm3, %ymm7 */
	BYTE $0xC5; BYTE $0xFA; BYTE $0x6F; BYTE $0x4A; BYTE $0x12	/* vmovdqu 18(%rdx), %xmm1 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x75; BYTE $0x38; BYTE $0x4C; BYTE $0x0A; BYTE $0x12; BYTE $0x01	/* vinserti128 $1, 18(%r10,%rcx,1), %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xFA; BYTE $0x6F; BYTE $0x54; BYTE $0x0A; BYTE $0x12	/* vmovdqu 18(%rdx,%rcx,1), %xmm2 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x6D; BYTE $0x38; BYTE $0x54; BYTE $0x4A; BYTE $0x12; BYTE $0x01	/* vinserti128 $1, 18(%r10,%rcx,2), %ymm2, %ymm2 */
	BYTE $0xC5; BYTE $0xFA; BYTE $0x6F; BYTE $0x5C; BYTE $0x4A; BYTE $0x12	/* vmovdqu 18(%rdx,%rcx,2), %xmm3 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x65; BYTE $0x38; BYTE $0x5B; BYTE $0x12; BYTE $0x01	/* vinserti128 $1, 18(%r11), %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7A; BYTE $0x6F; BYTE $0x62; BYTE $0x12	/* vmovdqu 18(%r10), %xmm4 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x5D; BYTE $0x38; BYTE $0x64; BYTE $0x0B; BYTE $0x12; BYTE $0x01	/* vinserti128 $1, 18(%r11,%rcx,1), %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0x75; BYTE $0x62; BYTE $0xE2	/* vpunpckldq %ymm2, %ymm1, %ymm12 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x6A; BYTE $0xCA	/* vpunpckhdq %ymm2, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0x62; BYTE $0xD4	/* vpunpckldq %ymm4, %ymm3, %ymm2 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0x6A; BYTE $0xDC	/* vpunpckhdq %ymm4, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x9D; BYTE $0x6C; BYTE $0xE2	/* vpunpcklqdq %ymm2, %ymm12, %ymm4 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0x6D; BYTE $0xE2	/* vpunpckhqdq %ymm2, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x6C; BYTE $0xD3	/* vpunpcklqdq %ymm3, %ymm1, %ymm2 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x6D; BYTE $0xDB	/* vpunpckhqdq %ymm3, %ymm1, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xEF; BYTE $0xE7	/* vpxor %ymm15, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xEF; BYTE $0xE7	/* vpxor %ymm15, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xEF; BYTE $0xD7	/* vpxor %ymm15, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xEF; BYTE $0xDF	/* vpxor %ymm15, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x10	/* vpbroadcastd 16(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm4, %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x14	/* vpbroadcastd 20(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x1D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm12, %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x18	/* vpbroadcastd 24(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm2, %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x1C	/* vpbroadcastd 28(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm3, %ymm0 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x10	/* vpbroadcastd 16(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm4, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x14	/* vpbroadcastd 20(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x1D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm12, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x18	/* vpbroadcastd 24(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm2, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x1C	/* vpbroadcastd 28(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm3, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x10	/* vpbroadcastd 16(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm4, %ymm6 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x14	/* vpbroadcastd 20(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x1D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm12, %ymm6 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x18	/* vpbroadcastd 24(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm2, %ymm6 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x1C	/* vpbroadcastd 28(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm3, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x10	/* vpbroadcastd 16(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm4, %ymm7 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x14	/* vpbroadcastd 20(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x1D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm12, %ymm7 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x18	/* vpbroadcastd 24(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm2, %ymm7 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x1C	/* vpbroadcastd 28(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm3, %ymm7 */
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x4C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm1 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x71; BYTE $0x21; BYTE $0x4C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm1, %xmm1 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x71; BYTE $0x21; BYTE $0x4C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm1, %xmm1 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x71; BYTE $0x21; BYTE $0x4C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm1, %xmm1 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x54; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm2 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x69; BYTE $0x21; BYTE $0x54; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm2, %xmm2 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x69; BYTE $0x21; BYTE $0x54; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm2, %xmm2 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x69; BYTE $0x21; BYTE $0x54; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm2, %xmm2 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x75; BYTE $0x18; BYTE $0xCA; BYTE $0x01	/* vinsertf128 $1, %xmm2, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC1	/* vmulps %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x18; BYTE $0x2E	/* vbroadcastss (%r14), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7C; BYTE $0x59; BYTE $0xC5	/* vmulps %ymm13, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x58; BYTE $0xC0	/* vaddps %ymm0, %ymm8, %ymm8 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xED	/* vcvtdq2ps %ymm5, %ymm5 */
	BYTE $0xC5; BYTE $0xD4; BYTE $0x59; BYTE $0xE9	/* vmulps %ymm1, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x26	/* vbroadcastss (%r14,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x54; BYTE $0x59; BYTE $0xED	/* vmulps %ymm13, %ymm5, %ymm5 */
	BYTE $0xC5; BYTE $0x34; BYTE $0x58; BYTE $0xCD	/* vaddps %ymm5, %ymm9, %ymm9 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xF6	/* vcvtdq2ps %ymm6, %ymm6 */
	BYTE $0xC5; BYTE $0xCC; BYTE $0x59; BYTE $0xF1	/* vmulps %ymm1, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x66	/* vbroadcastss (%r14,%r12,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4C; BYTE $0x59; BYTE $0xF5	/* vmulps %ymm13, %ymm6, %ymm6 */
	BYTE $0xC5; BYTE $0x2C; BYTE $0x58; BYTE $0xD6	/* vaddps %ymm6, %ymm10, %ymm10 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xFF	/* vcvtdq2ps %ymm7, %ymm7 */
	BYTE $0xC5; BYTE $0xC4; BYTE $0x59; BYTE $0xF9	/* vmulps %ymm1, %ymm7, %ymm7 */
	LEAQ	(R14)(R12*2), R9
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x21	/* vbroadcastss (%r9,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x44; BYTE $0x59; BYTE $0xFD	/* vmulps %ymm13, %ymm7, %ymm7 */
	BYTE $0xC5; BYTE $0x24; BYTE $0x58; BYTE $0xDF	/* vaddps %ymm7, %ymm11, %ymm11 */
	ADDQ	$34, DX
	ADDQ	$34, R10
	ADDQ	$34, R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	DECQ	AX
	JNE	v80block
	MOVQ	0(BP), R9		/* out */
	MOVQ	80(BP), AX
	SHLQ	$2, AX		/* ostride */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x11; BYTE $0x01	/* vmovups %ymm8, (%r9) */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x11; BYTE $0x0C; BYTE $0x01	/* vmovups %ymm9, (%r9,%rax,1) */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x11; BYTE $0x14; BYTE $0x41	/* vmovups %ymm10, (%r9,%rax,2) */
	LEAQ	(R9)(AX*2), BX
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0x1C; BYTE $0x03	/* vmovups %ymm11, (%rbx,%rax,1) */
	ADDQ	$32, R9
	MOVQ	R9, 0(BP)
	MOVQ	32(BP), R9
	LEAQ	(R9)(CX*8), R9
	MOVQ	R9, 32(BP)
	MOVQ	56(BP), R9
	SUBQ	$8, R9
	MOVQ	R9, 56(BP)
	JMP	v80pass
v80done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * q40x8vnni4: Q4_0, the nibbles unsigned, -8·Σx + Σqx.
 */
TEXT	q40x8vnni4(SB), $0
	MOVQ	72(BP), DI		/* the table */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	48(BP), R8
	SHLQ	$5, R8		/* n: from one token's input to the next */
	MOVQ	48(BP), R12
	SHLQ	$2, R12		/* from one token's scales and sums to the next */
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x3F	/* vmovdqu 0(%rdi), %ymm15 */
v40pass:
	MOVQ	56(BP), R9
	CMPQ	R9, $8
	JLT	v40done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	MOVQ	48(BP), AX		/* blocks a row */
	MOVQ	32(BP), DX		/* row 0 */
	LEAQ	(DX)(CX*2), R10
	ADDQ	CX, R10		/* row 3 */
	LEAQ	(R10)(CX*2), R11
	ADDQ	CX, R11		/* row 6 */
	LEAQ	(DX)(CX*8), BX
	LEAQ	(BX)(CX*8), BX		/* the eight rows after the next, prefetched as these go */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x57; BYTE $0xC0	/* vxorps %ymm8, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x57; BYTE $0xC9	/* vxorps %ymm9, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x2C; BYTE $0x57; BYTE $0xD2	/* vxorps %ymm10, %ymm10, %ymm10 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x24; BYTE $0x57; BYTE $0xDB	/* vxorps %ymm11, %ymm11, %ymm11 */
v40block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x13	/* prefetcht1 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x53; BYTE $0x40	/* prefetcht1 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx) */
	ADDQ	$144, BX
	LEAQ	(R15)(R12*2), R9
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x58; BYTE $0x07	/* vpbroadcastd (%r15), %ymm0 */
	BYTE $0xC4; BYTE $0x82; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x27	/* vpbroadcastd (%r15,%r12,1), %ymm5 */
	BYTE $0xC4; BYTE $0x82; BYTE $0x7D; BYTE $0x58; BYTE $0x34; BYTE $0x67	/* vpbroadcastd (%r15,%r12,2), %ymm6 */
	BYTE $0xC4; BYTE $0x82; BYTE $0x7D; BYTE $0x58; BYTE $0x3C; BYTE $0x21	/* vpbroadcastd (%r9,%r12,1), %ymm7 */
	LEAQ	(SI)(R8*2), R9
	ADDQ	R8, R9		/* token 3's input */
	BYTE $0xC5; BYTE $0xFA; BYTE $0x6F; BYTE $0x4A; BYTE $0x02	/* vmovdqu 2(%rdx), %xmm1 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x75; BYTE $0x38; BYTE $0x4C; BYTE $0x0A; BYTE $0x02; BYTE $0x01	/* vinserti128 $1, 2(%r10,%rcx,1), %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xFA; BYTE $0x6F; BYTE $0x54; BYTE $0x0A; BYTE $0x02	/* vmovdqu 2(%rdx,%rcx,1), %xmm2 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x6D; BYTE $0x38; BYTE $0x54; BYTE $0x4A; BYTE $0x02; BYTE $0x01	/* vinserti128 $1, 2(%r10,%rcx,2), %ymm2, %ymm2 */
	BYTE $0xC5; BYTE $0xFA; BYTE $0x6F; BYTE $0x5C; BYTE $0x4A; BYTE $0x02	/* vmovdqu 2(%rdx,%rcx,2), %xmm3 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x65; BYTE $0x38; BYTE $0x5B; BYTE $0x02; BYTE $0x01	/* vinserti128 $1, 2(%r11), %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7A; BYTE $0x6F; BYTE $0x62; BYTE $0x02	/* vmovdqu 2(%r10), %xmm4 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x5D; BYTE $0x38; BYTE $0x64; BYTE $0x0B; BYTE $0x02; BYTE $0x01	/* vinserti128 $1, 2(%r11,%rcx,1), %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0x75; BYTE $0x62; BYTE $0xE2	/* vpunpckldq %ymm2, %ymm1, %ymm12 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x6A; BYTE $0xCA	/* vpunpckhdq %ymm2, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0x62; BYTE $0xD4	/* vpunpckldq %ymm4, %ymm3, %ymm2 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0x6A; BYTE $0xDC	/* vpunpckhdq %ymm4, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x9D; BYTE $0x6C; BYTE $0xE2	/* vpunpcklqdq %ymm2, %ymm12, %ymm4 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0x6D; BYTE $0xE2	/* vpunpckhqdq %ymm2, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x6C; BYTE $0xD3	/* vpunpcklqdq %ymm3, %ymm1, %ymm2 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0x6D; BYTE $0xDB	/* vpunpckhqdq %ymm3, %ymm1, %ymm3 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x5D; BYTE $0xDB; BYTE $0xF7	/* vpand %ymm15, %ymm4, %ymm14 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0x71; BYTE $0xD4; BYTE $0x04	/* vpsrlw $4, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xDB; BYTE $0xE7	/* vpand %ymm15, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x2E	/* vpbroadcastd (%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x58; BYTE $0x4E; BYTE $0x10	/* vpbroadcastd 16(%rsi), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x50; BYTE $0xC1	/* {vex} vpdpbusd %ymm1, %ymm4, %ymm0 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x06	/* vpbroadcastd (%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm5 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x58; BYTE $0x4C; BYTE $0x06; BYTE $0x10	/* vpbroadcastd 16(%rsi,%r8,1), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x50; BYTE $0xE9	/* {vex} vpdpbusd %ymm1, %ymm4, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x46	/* vpbroadcastd (%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm6 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x58; BYTE $0x4C; BYTE $0x46; BYTE $0x10	/* vpbroadcastd 16(%rsi,%r8,2), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x50; BYTE $0xF1	/* {vex} vpdpbusd %ymm1, %ymm4, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x29	/* vpbroadcastd (%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x58; BYTE $0x49; BYTE $0x10	/* vpbroadcastd 16(%r9), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x50; BYTE $0xF9	/* {vex} vpdpbusd %ymm1, %ymm4, %ymm7 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xF7	/* vpand %ymm15, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x1D; BYTE $0x71; BYTE $0xD4; BYTE $0x04	/* vpsrlw $4, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xE7	/* vpand %ymm15, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x04	/* vpbroadcastd 4(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x58; BYTE $0x4E; BYTE $0x14	/* vpbroadcastd 20(%rsi), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x1D; BYTE $0x50; BYTE $0xC1	/* {vex} vpdpbusd %ymm1, %ymm12, %ymm0 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x04	/* vpbroadcastd 4(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm5 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x58; BYTE $0x4C; BYTE $0x06; BYTE $0x14	/* vpbroadcastd 20(%rsi,%r8,1), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x1D; BYTE $0x50; BYTE $0xE9	/* {vex} vpdpbusd %ymm1, %ymm12, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x04	/* vpbroadcastd 4(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm6 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x58; BYTE $0x4C; BYTE $0x46; BYTE $0x14	/* vpbroadcastd 20(%rsi,%r8,2), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x1D; BYTE $0x50; BYTE $0xF1	/* {vex} vpdpbusd %ymm1, %ymm12, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x04	/* vpbroadcastd 4(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x58; BYTE $0x49; BYTE $0x14	/* vpbroadcastd 20(%r9), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x1D; BYTE $0x50; BYTE $0xF9	/* {vex} vpdpbusd %ymm1, %ymm12, %ymm7 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x6D; BYTE $0xDB; BYTE $0xF7	/* vpand %ymm15, %ymm2, %ymm14 */
	BYTE $0xC5; BYTE $0xED; BYTE $0x71; BYTE $0xD2; BYTE $0x04	/* vpsrlw $4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xDB; BYTE $0xD7	/* vpand %ymm15, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x08	/* vpbroadcastd 8(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x58; BYTE $0x4E; BYTE $0x18	/* vpbroadcastd 24(%rsi), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x50; BYTE $0xC1	/* {vex} vpdpbusd %ymm1, %ymm2, %ymm0 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x08	/* vpbroadcastd 8(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm5 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x58; BYTE $0x4C; BYTE $0x06; BYTE $0x18	/* vpbroadcastd 24(%rsi,%r8,1), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x50; BYTE $0xE9	/* {vex} vpdpbusd %ymm1, %ymm2, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x08	/* vpbroadcastd 8(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm6 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x58; BYTE $0x4C; BYTE $0x46; BYTE $0x18	/* vpbroadcastd 24(%rsi,%r8,2), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x50; BYTE $0xF1	/* {vex} vpdpbusd %ymm1, %ymm2, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x08	/* vpbroadcastd 8(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x58; BYTE $0x49; BYTE $0x18	/* vpbroadcastd 24(%r9), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x50; BYTE $0xF9	/* {vex} vpdpbusd %ymm1, %ymm2, %ymm7 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x65; BYTE $0xDB; BYTE $0xF7	/* vpand %ymm15, %ymm3, %ymm14 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0x71; BYTE $0xD3; BYTE $0x04	/* vpsrlw $4, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xDB; BYTE $0xDF	/* vpand %ymm15, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x6E; BYTE $0x0C	/* vpbroadcastd 12(%rsi), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xC5	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x58; BYTE $0x4E; BYTE $0x1C	/* vpbroadcastd 28(%rsi), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x65; BYTE $0x50; BYTE $0xC1	/* {vex} vpdpbusd %ymm1, %ymm3, %ymm0 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x06; BYTE $0x0C	/* vpbroadcastd 12(%rsi,%r8,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xED	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm5 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x58; BYTE $0x4C; BYTE $0x06; BYTE $0x1C	/* vpbroadcastd 28(%rsi,%r8,1), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x65; BYTE $0x50; BYTE $0xE9	/* {vex} vpdpbusd %ymm1, %ymm3, %ymm5 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x58; BYTE $0x6C; BYTE $0x46; BYTE $0x0C	/* vpbroadcastd 12(%rsi,%r8,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xF5	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm6 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x58; BYTE $0x4C; BYTE $0x46; BYTE $0x1C	/* vpbroadcastd 28(%rsi,%r8,2), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x65; BYTE $0x50; BYTE $0xF1	/* {vex} vpdpbusd %ymm1, %ymm3, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x69; BYTE $0x0C	/* vpbroadcastd 12(%r9), %ymm13 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x0D; BYTE $0x50; BYTE $0xFD	/* {vex} vpdpbusd %ymm13, %ymm14, %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x58; BYTE $0x49; BYTE $0x1C	/* vpbroadcastd 28(%r9), %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x65; BYTE $0x50; BYTE $0xF9	/* {vex} vpdpbusd %ymm1, %ymm3, %ymm7 */
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x4C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm1 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x71; BYTE $0x21; BYTE $0x4C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm1, %xmm1 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x71; BYTE $0x21; BYTE $0x4C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm1, %xmm1 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x71; BYTE $0x21; BYTE $0x4C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm1, %xmm1 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x54; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm2 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x69; BYTE $0x21; BYTE $0x54; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm2, %xmm2 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x69; BYTE $0x21; BYTE $0x54; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm2, %xmm2 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x69; BYTE $0x21; BYTE $0x54; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm2, %xmm2 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x75; BYTE $0x18; BYTE $0xCA; BYTE $0x01	/* vinsertf128 $1, %xmm2, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC1	/* vmulps %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x18; BYTE $0x2E	/* vbroadcastss (%r14), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7C; BYTE $0x59; BYTE $0xC5	/* vmulps %ymm13, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x58; BYTE $0xC0	/* vaddps %ymm0, %ymm8, %ymm8 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xED	/* vcvtdq2ps %ymm5, %ymm5 */
	BYTE $0xC5; BYTE $0xD4; BYTE $0x59; BYTE $0xE9	/* vmulps %ymm1, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x26	/* vbroadcastss (%r14,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x54; BYTE $0x59; BYTE $0xED	/* vmulps %ymm13, %ymm5, %ymm5 */
	BYTE $0xC5; BYTE $0x34; BYTE $0x58; BYTE $0xCD	/* vaddps %ymm5, %ymm9, %ymm9 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xF6	/* vcvtdq2ps %ymm6, %ymm6 */
	BYTE $0xC5; BYTE $0xCC; BYTE $0x59; BYTE $0xF1	/* vmulps %ymm1, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x66	/* vbroadcastss (%r14,%r12,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4C; BYTE $0x59; BYTE $0xF5	/* vmulps %ymm13, %ymm6, %ymm6 */
	BYTE $0xC5; BYTE $0x2C; BYTE $0x58; BYTE $0xD6	/* vaddps %ymm6, %ymm10, %ymm10 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xFF	/* vcvtdq2ps %ymm7, %ymm7 */
	BYTE $0xC5; BYTE $0xC4; BYTE $0x59; BYTE $0xF9	/* vmulps %ymm1, %ymm7, %ymm7 */
	LEAQ	(R14)(R12*2), R9
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x21	/* vbroadcastss (%r9,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x44; BYTE $0x59; BYTE $0xFD	/* vmulps %ymm13, %ymm7, %ymm7 */
	BYTE $0xC5; BYTE $0x24; BYTE $0x58; BYTE $0xDF	/* vaddps %ymm7, %ymm11, %ymm11 */
	ADDQ	$18, DX
	ADDQ	$18, R10
	ADDQ	$18, R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	DECQ	AX
	JNE	v40block
	MOVQ	0(BP), R9		/* out */
	MOVQ	80(BP), AX
	SHLQ	$2, AX		/* ostride */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x11; BYTE $0x01	/* vmovups %ymm8, (%r9) */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x11; BYTE $0x0C; BYTE $0x01	/* vmovups %ymm9, (%r9,%rax,1) */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x11; BYTE $0x14; BYTE $0x41	/* vmovups %ymm10, (%r9,%rax,2) */
	LEAQ	(R9)(AX*2), BX
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0x1C; BYTE $0x03	/* vmovups %ymm11, (%rbx,%rax,1) */
	ADDQ	$32, R9
	MOVQ	R9, 0(BP)
	MOVQ	32(BP), R9
	LEAQ	(R9)(CX*8), R9
	MOVQ	R9, 32(BP)
	MOVQ	56(BP), R9
	SUBQ	$8, R9
	MOVQ	R9, 56(BP)
	JMP	v40pass
v40done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

