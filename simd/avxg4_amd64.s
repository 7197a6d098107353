/*
 * Four-token AVX2 kernels of the GGUF Q4_0, Q4_1, Q5_0 and Q8_0 rows
 * (gmatmul4), used where avx2() says the machine has them: each token's
 * outputs are the bits q40x8avx, q41x8avx, q50x8avx and q80x8avx (and
 * dotq4_0, dotq4_1, dotq5_0 and dotq8_0 in simd/gquant.c) give it
 * alone. 6a has no AVX mnemonics: each VEX instruction is BYTEs with
 * the instruction, in GNU as syntax, in its comment; test/gen/vexbytes
 * makes such lines and the test vex_bytes checks every one against as.
 *
 * Eight rows a pass, one per float lane, as in simd/avxg_amd64.s, but
 * each block's bytes are loaded, unpacked and its eight halves looked
 * up once for the four tokens: the rows' values stay in Y0-Y7 while
 * each token's integer sums are made from them (exact in 32 bits, in
 * any grouping), then that token's float operations, the one-token
 * kernel's in its order, ((float)sum·d)·xs added to its lane, block
 * after block. The four tokens' lanes are Y8-Y11; the eight rows'
 * scales, wanted by all four, are kept in the table. The nibble types'
 * VPMADDUBSW words (values at most 31 by bytes -128 to 127) are added
 * pairwise twice by VPHADDW, eight products a word, at most 8·31·128 =
 * 31744: no wrap, before VPMADDWD by ones makes them dwords and the
 * rows' halves are summed as in q40x8avx. Q8_0's values are
 * made words (VPMOVSXBW, exact for every byte) and sixteen words do not
 * fit beside the rest: its rows are made words again for each token,
 * from L1.
 *
 * Each takes a pointer to a Gargs of eleven 8-byte fields:
 *	out, xq, xs, xsum, w, rowbytes, blocks a row, d, the half table,
 *	the table, ostride
 * with d a multiple of 8, at least one block a row and rowbytes the
 * blocks' bytes; token t's input is xq + t·n, its scales and sums
 * xs + t·n/32 and xsum + t·n/32, its outputs out + t·ostride (n the
 * blocks' values). The table is avxgtab's 192 bytes (see simd/amd64.c)
 * then 64 bytes of scratch (the rows' scales, and Q4_1's minimums). Out,
 * w and d of the Gargs are moved pass by pass: they are not kept.
 * q40x8avx4 and q80x8avx4 take rstep and bstep as q40x8avx's.
 */

/*
 * q40x8avx4: Q4_0, Σ(q-8)x as Σqx - 8·Σx.
 */
TEXT	q40x8avx4(SB), $0
	MOVQ	72(BP), DI		/* the table */
	MOVQ	96(BP), CX		/* rstep */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	48(BP), R8
	SHLQ	$5, R8		/* n: from one token's input to the next */
	MOVQ	48(BP), R12
	SHLQ	$2, R12		/* from one token's scales and sums to the next */
h40pass:
	MOVQ	56(BP), R9
	CMPQ	R9, $8
	JLT	h40done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	MOVQ	48(BP), AX		/* blocks a row */
	MOVQ	32(BP), DX		/* row 0 */
	LEAQ	(DX)(CX*2), R10
	ADDQ	CX, R10		/* row 3 */
	LEAQ	(R10)(CX*2), R11
	ADDQ	CX, R11		/* row 6 */
	MOVQ	40(BP), BX
	SHLQ	$4, BX
	ADDQ	DX, BX		/* the eight rows after the next, prefetched as these go */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x57; BYTE $0xC0	/* vxorps %ymm8, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x57; BYTE $0xC9	/* vxorps %ymm9, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x2C; BYTE $0x57; BYTE $0xD2	/* vxorps %ymm10, %ymm10, %ymm10 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x24; BYTE $0x57; BYTE $0xDB	/* vxorps %ymm11, %ymm11, %ymm11 */
h40block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x13	/* prefetcht1 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x53; BYTE $0x40	/* prefetcht1 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx) */
	ADDQ	$144, BX
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x01; BYTE $0x7A; BYTE $0x10; BYTE $0x64; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm12 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x01; BYTE $0x7A; BYTE $0x10; BYTE $0x6C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm13 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm13, %xmm13 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm13, %xmm13 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm13, %xmm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x18; BYTE $0xE5; BYTE $0x01	/* vinsertf128 $1, %xmm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovups %ymm12, 192(%rdi) */
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x37	/* vmovdqu (%rdi), %ymm14 */
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x7F; BYTE $0x40	/* vmovdqu 64(%rdi), %ymm15 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x42; BYTE $0x02	/* vbroadcasti128 2(%rdx), %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x45; BYTE $0xC7	/* vpsrlvd %ymm15, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xDB; BYTE $0xC6	/* vpand %ymm14, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vbroadcasti128 2(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x75; BYTE $0x45; BYTE $0xCF	/* vpsrlvd %ymm15, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xDB; BYTE $0xCE	/* vpand %ymm14, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x54; BYTE $0x4A; BYTE $0x02	/* vbroadcasti128 2(%rdx,%rcx,2), %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x45; BYTE $0xD7	/* vpsrlvd %ymm15, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xDB; BYTE $0xD6	/* vpand %ymm14, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x5A; BYTE $0x02	/* vbroadcasti128 2(%r10), %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x45; BYTE $0xDF	/* vpsrlvd %ymm15, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xDB; BYTE $0xDE	/* vpand %ymm14, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x64; BYTE $0x0A; BYTE $0x02	/* vbroadcasti128 2(%r10,%rcx,1), %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x45; BYTE $0xE7	/* vpsrlvd %ymm15, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xDB; BYTE $0xE6	/* vpand %ymm14, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x6C; BYTE $0x4A; BYTE $0x02	/* vbroadcasti128 2(%r10,%rcx,2), %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x55; BYTE $0x45; BYTE $0xEF	/* vpsrlvd %ymm15, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xDB; BYTE $0xEE	/* vpand %ymm14, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x73; BYTE $0x02	/* vbroadcasti128 2(%r11), %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x4D; BYTE $0x45; BYTE $0xF7	/* vpsrlvd %ymm15, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xDB; BYTE $0xF6	/* vpand %ymm14, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x7C; BYTE $0x0B; BYTE $0x02	/* vbroadcasti128 2(%r11,%rcx,1), %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x45; BYTE $0x45; BYTE $0xFF	/* vpsrlvd %ymm15, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xDB; BYTE $0xFE	/* vpand %ymm14, %ymm7, %ymm7 */
	LEAQ	(SI)(R8*2), R9
	ADDQ	R8, R9		/* token 3's input */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x04; BYTE $0x26	/* vpmaddubsw (%rsi), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x75; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x6D; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x65; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x5D; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x55; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x4D; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x45; BYTE $0x04; BYTE $0x3E	/* vpmaddubsw (%rsi), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x2F	/* vpbroadcastd (%r15), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x15; BYTE $0x72; BYTE $0xF5; BYTE $0x03	/* vpslld $3, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFA; BYTE $0xE5	/* vpsubd %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x18; BYTE $0x2E	/* vbroadcastss (%r14), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x58; BYTE $0xC4	/* vaddps %ymm12, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x04; BYTE $0x24; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x75; BYTE $0x04; BYTE $0x2C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x6D; BYTE $0x04; BYTE $0x2C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x65; BYTE $0x04; BYTE $0x34; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x5D; BYTE $0x04; BYTE $0x2C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x55; BYTE $0x04; BYTE $0x34; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x4D; BYTE $0x04; BYTE $0x34; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x45; BYTE $0x04; BYTE $0x3C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x27	/* vpbroadcastd (%r15,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x15; BYTE $0x72; BYTE $0xF5; BYTE $0x03	/* vpslld $3, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFA; BYTE $0xE5	/* vpsubd %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x26	/* vbroadcastss (%r14,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x58; BYTE $0xCC	/* vaddps %ymm12, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x04; BYTE $0x24; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x75; BYTE $0x04; BYTE $0x2C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x6D; BYTE $0x04; BYTE $0x2C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x65; BYTE $0x04; BYTE $0x34; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x5D; BYTE $0x04; BYTE $0x2C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x55; BYTE $0x04; BYTE $0x34; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x4D; BYTE $0x04; BYTE $0x34; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x45; BYTE $0x04; BYTE $0x3C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x67	/* vpbroadcastd (%r15,%r12,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x15; BYTE $0x72; BYTE $0xF5; BYTE $0x03	/* vpslld $3, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFA; BYTE $0xE5	/* vpsubd %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x66	/* vbroadcastss (%r14,%r12,2), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x2C; BYTE $0x58; BYTE $0xD4	/* vaddps %ymm12, %ymm10, %ymm10 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x04; BYTE $0x21	/* vpmaddubsw (%r9), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x75; BYTE $0x04; BYTE $0x29	/* vpmaddubsw (%r9), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x6D; BYTE $0x04; BYTE $0x29	/* vpmaddubsw (%r9), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x65; BYTE $0x04; BYTE $0x31	/* vpmaddubsw (%r9), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x5D; BYTE $0x04; BYTE $0x29	/* vpmaddubsw (%r9), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x55; BYTE $0x04; BYTE $0x31	/* vpmaddubsw (%r9), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x4D; BYTE $0x04; BYTE $0x31	/* vpmaddubsw (%r9), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x45; BYTE $0x04; BYTE $0x39	/* vpmaddubsw (%r9), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	LEAQ	(R15)(R12*2), R9
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x21	/* vpbroadcastd (%r9,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x15; BYTE $0x72; BYTE $0xF5; BYTE $0x03	/* vpslld $3, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFA; BYTE $0xE5	/* vpsubd %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	LEAQ	(R14)(R12*2), R9
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x21	/* vbroadcastss (%r9,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x24; BYTE $0x58; BYTE $0xDC	/* vaddps %ymm12, %ymm11, %ymm11 */
	ADDQ	104(BP), DX		/* bstep */
	ADDQ	104(BP), R10
	ADDQ	104(BP), R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	DECQ	AX
	JNE	h40block
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
	MOVQ	40(BP), AX
	LEAQ	(R9)(AX*8), R9		/* eight rows on */
	MOVQ	R9, 32(BP)
	MOVQ	56(BP), R9
	SUBQ	$8, R9
	MOVQ	R9, 56(BP)
	JMP	h40pass
h40done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * q80x8avx4: Q8_0, each token's 32 bytes made words once a block,
 * the rows' bytes made words again for each token (from L1).
 */
TEXT	q80x8avx4(SB), $0
	MOVQ	72(BP), DI		/* the table */
	MOVQ	96(BP), CX		/* rstep */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	48(BP), R8
	SHLQ	$5, R8		/* n: from one token's input to the next */
	MOVQ	48(BP), R12
	SHLQ	$2, R12		/* from one token's scales and sums to the next */
h80pass:
	MOVQ	56(BP), R9
	CMPQ	R9, $8
	JLT	h80done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	MOVQ	48(BP), AX		/* blocks a row */
	MOVQ	32(BP), DX		/* row 0 */
	LEAQ	(DX)(CX*2), R10
	ADDQ	CX, R10		/* row 3 */
	LEAQ	(R10)(CX*2), R11
	ADDQ	CX, R11		/* row 6 */
	MOVQ	40(BP), BX
	SHLQ	$4, BX
	ADDQ	DX, BX		/* the eight rows after the next, prefetched as these go */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x57; BYTE $0xC0	/* vxorps %ymm8, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x57; BYTE $0xC9	/* vxorps %ymm9, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x2C; BYTE $0x57; BYTE $0xD2	/* vxorps %ymm10, %ymm10, %ymm10 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x24; BYTE $0x57; BYTE $0xDB	/* vxorps %ymm11, %ymm11, %ymm11 */
h80block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x13	/* prefetcht1 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x53; BYTE $0x40	/* prefetcht1 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 192(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* prefetcht1 256(%rbx) */
	ADDQ	$272, BX
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x74; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm6 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x49; BYTE $0x21; BYTE $0x74; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm6, %xmm6 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x49; BYTE $0x21; BYTE $0x74; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm6, %xmm6 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x49; BYTE $0x21; BYTE $0x74; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm6, %xmm6 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x81; BYTE $0x7A; BYTE $0x10; BYTE $0x7C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm7 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x41; BYTE $0x21; BYTE $0x7C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm7, %xmm7 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x41; BYTE $0x21; BYTE $0x7C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm7, %xmm7 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x83; BYTE $0x41; BYTE $0x21; BYTE $0x7C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm7, %xmm7 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x4D; BYTE $0x18; BYTE $0xFF; BYTE $0x01	/* vinsertf128 $1, %xmm7, %ymm6, %ymm7 */
	LEAQ	(SI)(R8*2), R9
	ADDQ	R8, R9		/* token 3's input */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x2E	/* vpmovsxbw (%rsi), %ymm5 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x76; BYTE $0x10	/* vpmovsxbw 16(%rsi), %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x42; BYTE $0x02	/* vpmovsxbw 2(%rdx), %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xF5; BYTE $0xC5	/* vpmaddwd %ymm5, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x62; BYTE $0x12	/* vpmovsxbw 18(%rdx), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC4	/* vpaddd %ymm4, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,2), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,2), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x52; BYTE $0x02	/* vpmovsxbw 2(%r10), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x62; BYTE $0x12	/* vpmovsxbw 18(%r10), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,1), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x54; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,2), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,2), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x53; BYTE $0x02	/* vpmovsxbw 2(%r11), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x63; BYTE $0x12	/* vpmovsxbw 18(%r11), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x5C; BYTE $0x0B; BYTE $0x02	/* vpmovsxbw 2(%r11,%rcx,1), %ymm3 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0xF5; BYTE $0xDD	/* vpmaddwd %ymm5, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0B; BYTE $0x12	/* vpmovsxbw 18(%r11,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0xFE; BYTE $0xDC	/* vpaddd %ymm4, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x02; BYTE $0xD3	/* vphaddd %ymm3, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xD1; BYTE $0x21	/* vperm2i128 $0x21, %ymm1, %ymm0, %ymm2 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x02; BYTE $0xC1; BYTE $0xF0	/* vpblendd $0xf0, %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC2	/* vpaddd %ymm2, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC7	/* vmulps %ymm7, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x18; BYTE $0x0E	/* vbroadcastss (%r14), %ymm1 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC1	/* vmulps %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x3C; BYTE $0x58; BYTE $0xC0	/* vaddps %ymm0, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x20; BYTE $0x2C; BYTE $0x06	/* vpmovsxbw (%rsi,%r8,1), %ymm5 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x20; BYTE $0x74; BYTE $0x06; BYTE $0x10	/* vpmovsxbw 16(%rsi,%r8,1), %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x42; BYTE $0x02	/* vpmovsxbw 2(%rdx), %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xF5; BYTE $0xC5	/* vpmaddwd %ymm5, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x62; BYTE $0x12	/* vpmovsxbw 18(%rdx), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC4	/* vpaddd %ymm4, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,2), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,2), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x52; BYTE $0x02	/* vpmovsxbw 2(%r10), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x62; BYTE $0x12	/* vpmovsxbw 18(%r10), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,1), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x54; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,2), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,2), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x53; BYTE $0x02	/* vpmovsxbw 2(%r11), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x63; BYTE $0x12	/* vpmovsxbw 18(%r11), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x5C; BYTE $0x0B; BYTE $0x02	/* vpmovsxbw 2(%r11,%rcx,1), %ymm3 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0xF5; BYTE $0xDD	/* vpmaddwd %ymm5, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0B; BYTE $0x12	/* vpmovsxbw 18(%r11,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0xFE; BYTE $0xDC	/* vpaddd %ymm4, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x02; BYTE $0xD3	/* vphaddd %ymm3, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xD1; BYTE $0x21	/* vperm2i128 $0x21, %ymm1, %ymm0, %ymm2 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x02; BYTE $0xC1; BYTE $0xF0	/* vpblendd $0xf0, %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC2	/* vpaddd %ymm2, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC7	/* vmulps %ymm7, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x82; BYTE $0x7D; BYTE $0x18; BYTE $0x0C; BYTE $0x26	/* vbroadcastss (%r14,%r12,1), %ymm1 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC1	/* vmulps %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x34; BYTE $0x58; BYTE $0xC8	/* vaddps %ymm0, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x20; BYTE $0x2C; BYTE $0x46	/* vpmovsxbw (%rsi,%r8,2), %ymm5 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x20; BYTE $0x74; BYTE $0x46; BYTE $0x10	/* vpmovsxbw 16(%rsi,%r8,2), %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x42; BYTE $0x02	/* vpmovsxbw 2(%rdx), %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xF5; BYTE $0xC5	/* vpmaddwd %ymm5, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x62; BYTE $0x12	/* vpmovsxbw 18(%rdx), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC4	/* vpaddd %ymm4, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,2), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,2), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x52; BYTE $0x02	/* vpmovsxbw 2(%r10), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x62; BYTE $0x12	/* vpmovsxbw 18(%r10), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,1), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x54; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,2), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,2), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x53; BYTE $0x02	/* vpmovsxbw 2(%r11), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x63; BYTE $0x12	/* vpmovsxbw 18(%r11), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x5C; BYTE $0x0B; BYTE $0x02	/* vpmovsxbw 2(%r11,%rcx,1), %ymm3 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0xF5; BYTE $0xDD	/* vpmaddwd %ymm5, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0B; BYTE $0x12	/* vpmovsxbw 18(%r11,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0xFE; BYTE $0xDC	/* vpaddd %ymm4, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x02; BYTE $0xD3	/* vphaddd %ymm3, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xD1; BYTE $0x21	/* vperm2i128 $0x21, %ymm1, %ymm0, %ymm2 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x02; BYTE $0xC1; BYTE $0xF0	/* vpblendd $0xf0, %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC2	/* vpaddd %ymm2, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC7	/* vmulps %ymm7, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x82; BYTE $0x7D; BYTE $0x18; BYTE $0x0C; BYTE $0x66	/* vbroadcastss (%r14,%r12,2), %ymm1 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC1	/* vmulps %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x2C; BYTE $0x58; BYTE $0xD0	/* vaddps %ymm0, %ymm10, %ymm10 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x29	/* vpmovsxbw (%r9), %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x71; BYTE $0x10	/* vpmovsxbw 16(%r9), %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x42; BYTE $0x02	/* vpmovsxbw 2(%rdx), %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xF5; BYTE $0xC5	/* vpmaddwd %ymm5, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x62; BYTE $0x12	/* vpmovsxbw 18(%rdx), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC4	/* vpaddd %ymm4, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%rdx,%rcx,2), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%rdx,%rcx,2), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x52; BYTE $0x02	/* vpmovsxbw 2(%r10), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x62; BYTE $0x12	/* vpmovsxbw 18(%r10), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x4C; BYTE $0x0A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,1), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xCD	/* vpmaddwd %ymm5, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xCC	/* vpaddd %ymm4, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x54; BYTE $0x4A; BYTE $0x02	/* vpmovsxbw 2(%r10,%rcx,2), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x4A; BYTE $0x12	/* vpmovsxbw 18(%r10,%rcx,2), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x53; BYTE $0x02	/* vpmovsxbw 2(%r11), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD5	/* vpmaddwd %ymm5, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x63; BYTE $0x12	/* vpmovsxbw 18(%r11), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xD4	/* vpaddd %ymm4, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x5C; BYTE $0x0B; BYTE $0x02	/* vpmovsxbw 2(%r11,%rcx,1), %ymm3 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0xF5; BYTE $0xDD	/* vpmaddwd %ymm5, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x64; BYTE $0x0B; BYTE $0x12	/* vpmovsxbw 18(%r11,%rcx,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE6	/* vpmaddwd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0xFE; BYTE $0xDC	/* vpaddd %ymm4, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x02; BYTE $0xD3	/* vphaddd %ymm3, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xD1; BYTE $0x21	/* vperm2i128 $0x21, %ymm1, %ymm0, %ymm2 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x02; BYTE $0xC1; BYTE $0xF0	/* vpblendd $0xf0, %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0xFE; BYTE $0xC2	/* vpaddd %ymm2, %ymm0, %ymm0 */
	LEAQ	(R14)(R12*2), R9
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC7	/* vmulps %ymm7, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x82; BYTE $0x7D; BYTE $0x18; BYTE $0x0C; BYTE $0x21	/* vbroadcastss (%r9,%r12,1), %ymm1 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x59; BYTE $0xC1	/* vmulps %ymm1, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x24; BYTE $0x58; BYTE $0xD8	/* vaddps %ymm0, %ymm11, %ymm11 */
	ADDQ	104(BP), DX		/* bstep */
	ADDQ	104(BP), R10
	ADDQ	104(BP), R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	DECQ	AX
	JNE	h80block
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
	MOVQ	40(BP), AX
	LEAQ	(R9)(AX*8), R9		/* eight rows on */
	MOVQ	R9, 32(BP)
	MOVQ	56(BP), R9
	SUBQ	$8, R9
	MOVQ	R9, 56(BP)
	JMP	h80pass
h80done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * q41x8avx4: Q4_1, the nibbles unsigned, each block's
 * ((float)Σx·m)·xs added to its ((float)sum·d)·xs before the lane
 * takes it, as dotq4_1 does.
 */
TEXT	q41x8avx4(SB), $0
	MOVQ	72(BP), DI		/* the table */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	48(BP), R8
	SHLQ	$5, R8		/* n: from one token's input to the next */
	MOVQ	48(BP), R12
	SHLQ	$2, R12		/* from one token's scales and sums to the next */
h41pass:
	MOVQ	56(BP), R9
	CMPQ	R9, $8
	JLT	h41done
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
h41block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x13	/* prefetcht1 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x53; BYTE $0x40	/* prefetcht1 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx) */
	ADDQ	$160, BX
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x01; BYTE $0x7A; BYTE $0x10; BYTE $0x64; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm12 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x01; BYTE $0x7A; BYTE $0x10; BYTE $0x6C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm13 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm13, %xmm13 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm13, %xmm13 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm13, %xmm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x18; BYTE $0xE5; BYTE $0x01	/* vinsertf128 $1, %xmm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovups %ymm12, 192(%rdi) */
	MOVWLZX	2(DX), R9
	BYTE $0xC4; BYTE $0x01; BYTE $0x7A; BYTE $0x10; BYTE $0x64; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm12 */
	MOVWLZX	2(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	2(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	2(R10), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	2(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x01; BYTE $0x7A; BYTE $0x10; BYTE $0x6C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm13 */
	MOVWLZX	2(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm13, %xmm13 */
	MOVWLZX	2(R11), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm13, %xmm13 */
	MOVWLZX	2(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm13, %xmm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x18; BYTE $0xE5; BYTE $0x01	/* vinsertf128 $1, %xmm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0xA7; BYTE $0xE0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovups %ymm12, 224(%rdi) */
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x37	/* vmovdqu (%rdi), %ymm14 */
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x7F; BYTE $0x40	/* vmovdqu 64(%rdi), %ymm15 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x42; BYTE $0x04	/* vbroadcasti128 4(%rdx), %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x45; BYTE $0xC7	/* vpsrlvd %ymm15, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xDB; BYTE $0xC6	/* vpand %ymm14, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x4C; BYTE $0x0A; BYTE $0x04	/* vbroadcasti128 4(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x75; BYTE $0x45; BYTE $0xCF	/* vpsrlvd %ymm15, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xDB; BYTE $0xCE	/* vpand %ymm14, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x54; BYTE $0x4A; BYTE $0x04	/* vbroadcasti128 4(%rdx,%rcx,2), %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x45; BYTE $0xD7	/* vpsrlvd %ymm15, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xDB; BYTE $0xD6	/* vpand %ymm14, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x5A; BYTE $0x04	/* vbroadcasti128 4(%r10), %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x45; BYTE $0xDF	/* vpsrlvd %ymm15, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xDB; BYTE $0xDE	/* vpand %ymm14, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x64; BYTE $0x0A; BYTE $0x04	/* vbroadcasti128 4(%r10,%rcx,1), %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x45; BYTE $0xE7	/* vpsrlvd %ymm15, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xDB; BYTE $0xE6	/* vpand %ymm14, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x6C; BYTE $0x4A; BYTE $0x04	/* vbroadcasti128 4(%r10,%rcx,2), %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x55; BYTE $0x45; BYTE $0xEF	/* vpsrlvd %ymm15, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xDB; BYTE $0xEE	/* vpand %ymm14, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x73; BYTE $0x04	/* vbroadcasti128 4(%r11), %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x4D; BYTE $0x45; BYTE $0xF7	/* vpsrlvd %ymm15, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xDB; BYTE $0xF6	/* vpand %ymm14, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x7C; BYTE $0x0B; BYTE $0x04	/* vbroadcasti128 4(%r11,%rcx,1), %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x45; BYTE $0x45; BYTE $0xFF	/* vpsrlvd %ymm15, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xDB; BYTE $0xFE	/* vpand %ymm14, %ymm7, %ymm7 */
	LEAQ	(SI)(R8*2), R9
	ADDQ	R8, R9		/* token 3's input */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x04; BYTE $0x26	/* vpmaddubsw (%rsi), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x75; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x6D; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x65; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x5D; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x55; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x4D; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x45; BYTE $0x04; BYTE $0x3E	/* vpmaddubsw (%rsi), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x37	/* vpbroadcastd (%r15), %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x18; BYTE $0x2E	/* vbroadcastss (%r14), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xF6	/* vcvtdq2ps %ymm14, %ymm14 */
	BYTE $0xC5; BYTE $0x0C; BYTE $0x59; BYTE $0xB7; BYTE $0xE0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 224(%rdi), %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x0C; BYTE $0x59; BYTE $0xF5	/* vmulps %ymm13, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x58; BYTE $0xE6	/* vaddps %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x58; BYTE $0xC4	/* vaddps %ymm12, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x04; BYTE $0x24; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x75; BYTE $0x04; BYTE $0x2C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x6D; BYTE $0x04; BYTE $0x2C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x65; BYTE $0x04; BYTE $0x34; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x5D; BYTE $0x04; BYTE $0x2C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x55; BYTE $0x04; BYTE $0x34; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x4D; BYTE $0x04; BYTE $0x34; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x45; BYTE $0x04; BYTE $0x3C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x58; BYTE $0x34; BYTE $0x27	/* vpbroadcastd (%r15,%r12,1), %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x26	/* vbroadcastss (%r14,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xF6	/* vcvtdq2ps %ymm14, %ymm14 */
	BYTE $0xC5; BYTE $0x0C; BYTE $0x59; BYTE $0xB7; BYTE $0xE0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 224(%rdi), %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x0C; BYTE $0x59; BYTE $0xF5	/* vmulps %ymm13, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x58; BYTE $0xE6	/* vaddps %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x58; BYTE $0xCC	/* vaddps %ymm12, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x04; BYTE $0x24; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x75; BYTE $0x04; BYTE $0x2C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x6D; BYTE $0x04; BYTE $0x2C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x65; BYTE $0x04; BYTE $0x34; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x5D; BYTE $0x04; BYTE $0x2C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x55; BYTE $0x04; BYTE $0x34; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x4D; BYTE $0x04; BYTE $0x34; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x45; BYTE $0x04; BYTE $0x3C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x58; BYTE $0x34; BYTE $0x67	/* vpbroadcastd (%r15,%r12,2), %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x66	/* vbroadcastss (%r14,%r12,2), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xF6	/* vcvtdq2ps %ymm14, %ymm14 */
	BYTE $0xC5; BYTE $0x0C; BYTE $0x59; BYTE $0xB7; BYTE $0xE0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 224(%rdi), %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x0C; BYTE $0x59; BYTE $0xF5	/* vmulps %ymm13, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x58; BYTE $0xE6	/* vaddps %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x2C; BYTE $0x58; BYTE $0xD4	/* vaddps %ymm12, %ymm10, %ymm10 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x04; BYTE $0x21	/* vpmaddubsw (%r9), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x75; BYTE $0x04; BYTE $0x29	/* vpmaddubsw (%r9), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x6D; BYTE $0x04; BYTE $0x29	/* vpmaddubsw (%r9), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x65; BYTE $0x04; BYTE $0x31	/* vpmaddubsw (%r9), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x5D; BYTE $0x04; BYTE $0x29	/* vpmaddubsw (%r9), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x55; BYTE $0x04; BYTE $0x31	/* vpmaddubsw (%r9), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x4D; BYTE $0x04; BYTE $0x31	/* vpmaddubsw (%r9), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x45; BYTE $0x04; BYTE $0x39	/* vpmaddubsw (%r9), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	LEAQ	(R15)(R12*2), R9
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x58; BYTE $0x34; BYTE $0x21	/* vpbroadcastd (%r9,%r12,1), %ymm14 */
	LEAQ	(R14)(R12*2), R9
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x21	/* vbroadcastss (%r9,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xF6	/* vcvtdq2ps %ymm14, %ymm14 */
	BYTE $0xC5; BYTE $0x0C; BYTE $0x59; BYTE $0xB7; BYTE $0xE0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 224(%rdi), %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x0C; BYTE $0x59; BYTE $0xF5	/* vmulps %ymm13, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x58; BYTE $0xE6	/* vaddps %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x24; BYTE $0x58; BYTE $0xDC	/* vaddps %ymm12, %ymm11, %ymm11 */
	ADDQ	$20, DX
	ADDQ	$20, R10
	ADDQ	$20, R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	DECQ	AX
	JNE	h41block
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
	JMP	h41pass
h41done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * q50x8avx4: Q5_0, each value's fifth bit put over its nibble as
 * q50x8avx does; Σ(q-16)x as Σqx - 16·Σx.
 */
TEXT	q50x8avx4(SB), $0
	MOVQ	72(BP), DI		/* the table */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	64(BP), R13		/* the half table */
	MOVQ	48(BP), R8
	SHLQ	$5, R8		/* n: from one token's input to the next */
	MOVQ	48(BP), R12
	SHLQ	$2, R12		/* from one token's scales and sums to the next */
h50pass:
	MOVQ	56(BP), R9
	CMPQ	R9, $8
	JLT	h50done
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
h50block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x13	/* prefetcht1 (%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x53; BYTE $0x40	/* prefetcht1 64(%rbx) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x93; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* prefetcht1 128(%rbx) */
	ADDQ	$176, BX
	MOVWLZX	(DX), R9
	BYTE $0xC4; BYTE $0x01; BYTE $0x7A; BYTE $0x10; BYTE $0x64; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm12 */
	MOVWLZX	(DX)(CX*1), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	(DX)(CX*2), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	(R10), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x19; BYTE $0x21; BYTE $0x64; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm12, %xmm12 */
	MOVWLZX	(R10)(CX*1), R9
	BYTE $0xC4; BYTE $0x01; BYTE $0x7A; BYTE $0x10; BYTE $0x6C; BYTE $0x8D; BYTE $0x00	/* vmovss (%r13,%r9,4), %xmm13 */
	MOVWLZX	(R10)(CX*2), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x10	/* vinsertps $0x10, (%r13,%r9,4), %xmm13, %xmm13 */
	MOVWLZX	(R11), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x20	/* vinsertps $0x20, (%r13,%r9,4), %xmm13, %xmm13 */
	MOVWLZX	(R11)(CX*1), R9
	BYTE $0xC4; BYTE $0x03; BYTE $0x11; BYTE $0x21; BYTE $0x6C; BYTE $0x8D; BYTE $0x00; BYTE $0x30	/* vinsertps $0x30, (%r13,%r9,4), %xmm13, %xmm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x18; BYTE $0xE5; BYTE $0x01	/* vinsertf128 $1, %xmm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovups %ymm12, 192(%rdi) */
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x37	/* vmovdqu (%rdi), %ymm14 */
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0x7F; BYTE $0x40	/* vmovdqu 64(%rdi), %ymm15 */
	BYTE $0xC5; BYTE $0x7E; BYTE $0x6F; BYTE $0xAF; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmovdqu 128(%rdi), %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x62; BYTE $0x02	/* vpbroadcastd 2(%rdx), %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x1D; BYTE $0x00; BYTE $0x67; BYTE $0x60	/* vpshufb 96(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xE5	/* vpand %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0x74; BYTE $0xE5	/* vpcmpeqb %ymm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xDB; BYTE $0xA7; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vpand 160(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x42; BYTE $0x06	/* vbroadcasti128 6(%rdx), %ymm0 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x45; BYTE $0xC7	/* vpsrlvd %ymm15, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xDB; BYTE $0xC6	/* vpand %ymm14, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xEB; BYTE $0xC4	/* vpor %ymm12, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x64; BYTE $0x0A; BYTE $0x02	/* vpbroadcastd 2(%rdx,%rcx,1), %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x1D; BYTE $0x00; BYTE $0x67; BYTE $0x60	/* vpshufb 96(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xE5	/* vpand %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0x74; BYTE $0xE5	/* vpcmpeqb %ymm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xDB; BYTE $0xA7; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vpand 160(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x4C; BYTE $0x0A; BYTE $0x06	/* vbroadcasti128 6(%rdx,%rcx,1), %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x75; BYTE $0x45; BYTE $0xCF	/* vpsrlvd %ymm15, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xDB; BYTE $0xCE	/* vpand %ymm14, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xEB; BYTE $0xCC	/* vpor %ymm12, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x58; BYTE $0x64; BYTE $0x4A; BYTE $0x02	/* vpbroadcastd 2(%rdx,%rcx,2), %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x1D; BYTE $0x00; BYTE $0x67; BYTE $0x60	/* vpshufb 96(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xE5	/* vpand %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0x74; BYTE $0xE5	/* vpcmpeqb %ymm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xDB; BYTE $0xA7; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vpand 160(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x5A; BYTE $0x54; BYTE $0x4A; BYTE $0x06	/* vbroadcasti128 6(%rdx,%rcx,2), %ymm2 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x6D; BYTE $0x45; BYTE $0xD7	/* vpsrlvd %ymm15, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xDB; BYTE $0xD6	/* vpand %ymm14, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xEB; BYTE $0xD4	/* vpor %ymm12, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x62; BYTE $0x02	/* vpbroadcastd 2(%r10), %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x1D; BYTE $0x00; BYTE $0x67; BYTE $0x60	/* vpshufb 96(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xE5	/* vpand %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0x74; BYTE $0xE5	/* vpcmpeqb %ymm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xDB; BYTE $0xA7; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vpand 160(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x5A; BYTE $0x06	/* vbroadcasti128 6(%r10), %ymm3 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x65; BYTE $0x45; BYTE $0xDF	/* vpsrlvd %ymm15, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xDB; BYTE $0xDE	/* vpand %ymm14, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xEB; BYTE $0xDC	/* vpor %ymm12, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x64; BYTE $0x0A; BYTE $0x02	/* vpbroadcastd 2(%r10,%rcx,1), %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x1D; BYTE $0x00; BYTE $0x67; BYTE $0x60	/* vpshufb 96(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xE5	/* vpand %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0x74; BYTE $0xE5	/* vpcmpeqb %ymm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xDB; BYTE $0xA7; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vpand 160(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x64; BYTE $0x0A; BYTE $0x06	/* vbroadcasti128 6(%r10,%rcx,1), %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x5D; BYTE $0x45; BYTE $0xE7	/* vpsrlvd %ymm15, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xDB; BYTE $0xE6	/* vpand %ymm14, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xEB; BYTE $0xE4	/* vpor %ymm12, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x64; BYTE $0x4A; BYTE $0x02	/* vpbroadcastd 2(%r10,%rcx,2), %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x1D; BYTE $0x00; BYTE $0x67; BYTE $0x60	/* vpshufb 96(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xE5	/* vpand %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0x74; BYTE $0xE5	/* vpcmpeqb %ymm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xDB; BYTE $0xA7; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vpand 160(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x6C; BYTE $0x4A; BYTE $0x06	/* vbroadcasti128 6(%r10,%rcx,2), %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x55; BYTE $0x45; BYTE $0xEF	/* vpsrlvd %ymm15, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xDB; BYTE $0xEE	/* vpand %ymm14, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xEB; BYTE $0xEC	/* vpor %ymm12, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x63; BYTE $0x02	/* vpbroadcastd 2(%r11), %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x1D; BYTE $0x00; BYTE $0x67; BYTE $0x60	/* vpshufb 96(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xE5	/* vpand %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0x74; BYTE $0xE5	/* vpcmpeqb %ymm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xDB; BYTE $0xA7; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vpand 160(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x73; BYTE $0x06	/* vbroadcasti128 6(%r11), %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x4D; BYTE $0x45; BYTE $0xF7	/* vpsrlvd %ymm15, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xDB; BYTE $0xF6	/* vpand %ymm14, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xEB; BYTE $0xF4	/* vpor %ymm12, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x64; BYTE $0x0B; BYTE $0x02	/* vpbroadcastd 2(%r11,%rcx,1), %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x1D; BYTE $0x00; BYTE $0x67; BYTE $0x60	/* vpshufb 96(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xDB; BYTE $0xE5	/* vpand %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0x74; BYTE $0xE5	/* vpcmpeqb %ymm13, %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xDB; BYTE $0xA7; BYTE $0xA0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vpand 160(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x5A; BYTE $0x7C; BYTE $0x0B; BYTE $0x06	/* vbroadcasti128 6(%r11,%rcx,1), %ymm7 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x45; BYTE $0x45; BYTE $0xFF	/* vpsrlvd %ymm15, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xDB; BYTE $0xFE	/* vpand %ymm14, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xEB; BYTE $0xFC	/* vpor %ymm12, %ymm7, %ymm7 */
	LEAQ	(SI)(R8*2), R9
	ADDQ	R8, R9		/* token 3's input */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x04; BYTE $0x26	/* vpmaddubsw (%rsi), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x75; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x6D; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x65; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x5D; BYTE $0x04; BYTE $0x2E	/* vpmaddubsw (%rsi), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x55; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x4D; BYTE $0x04; BYTE $0x36	/* vpmaddubsw (%rsi), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x45; BYTE $0x04; BYTE $0x3E	/* vpmaddubsw (%rsi), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x58; BYTE $0x2F	/* vpbroadcastd (%r15), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x15; BYTE $0x72; BYTE $0xF5; BYTE $0x04	/* vpslld $4, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFA; BYTE $0xE5	/* vpsubd %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x18; BYTE $0x2E	/* vbroadcastss (%r14), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3C; BYTE $0x58; BYTE $0xC4	/* vaddps %ymm12, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x04; BYTE $0x24; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x75; BYTE $0x04; BYTE $0x2C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x6D; BYTE $0x04; BYTE $0x2C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x65; BYTE $0x04; BYTE $0x34; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x5D; BYTE $0x04; BYTE $0x2C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x55; BYTE $0x04; BYTE $0x34; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x4D; BYTE $0x04; BYTE $0x34; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x45; BYTE $0x04; BYTE $0x3C; BYTE $0x06	/* vpmaddubsw (%rsi,%r8,1), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x27	/* vpbroadcastd (%r15,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x15; BYTE $0x72; BYTE $0xF5; BYTE $0x04	/* vpslld $4, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFA; BYTE $0xE5	/* vpsubd %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x26	/* vbroadcastss (%r14,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x34; BYTE $0x58; BYTE $0xCC	/* vaddps %ymm12, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x04; BYTE $0x24; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x75; BYTE $0x04; BYTE $0x2C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x6D; BYTE $0x04; BYTE $0x2C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x65; BYTE $0x04; BYTE $0x34; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x5D; BYTE $0x04; BYTE $0x2C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x55; BYTE $0x04; BYTE $0x34; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x4D; BYTE $0x04; BYTE $0x34; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x45; BYTE $0x04; BYTE $0x3C; BYTE $0x46	/* vpmaddubsw (%rsi,%r8,2), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x67	/* vpbroadcastd (%r15,%r12,2), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x15; BYTE $0x72; BYTE $0xF5; BYTE $0x04	/* vpslld $4, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFA; BYTE $0xE5	/* vpsubd %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x66	/* vbroadcastss (%r14,%r12,2), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x2C; BYTE $0x58; BYTE $0xD4	/* vaddps %ymm12, %ymm10, %ymm10 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x04; BYTE $0x21	/* vpmaddubsw (%r9), %ymm0, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x75; BYTE $0x04; BYTE $0x29	/* vpmaddubsw (%r9), %ymm1, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x6D; BYTE $0x04; BYTE $0x29	/* vpmaddubsw (%r9), %ymm2, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x65; BYTE $0x04; BYTE $0x31	/* vpmaddubsw (%r9), %ymm3, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x1D; BYTE $0x01; BYTE $0xE5	/* vphaddw %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x5D; BYTE $0x04; BYTE $0x29	/* vpmaddubsw (%r9), %ymm4, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x55; BYTE $0x04; BYTE $0x31	/* vpmaddubsw (%r9), %ymm5, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x4D; BYTE $0x04; BYTE $0x31	/* vpmaddubsw (%r9), %ymm6, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x45; BYTE $0x04; BYTE $0x39	/* vpmaddubsw (%r9), %ymm7, %ymm15 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x0D; BYTE $0x01; BYTE $0xF7	/* vphaddw %ymm15, %ymm14, %ymm14 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x15; BYTE $0x01; BYTE $0xEE	/* vphaddw %ymm14, %ymm13, %ymm13 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0x67; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0x6F; BYTE $0x20	/* vpmaddwd 32(%rdi), %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x46; BYTE $0xF5; BYTE $0x21	/* vperm2i128 $0x21, %ymm13, %ymm12, %ymm14 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x1D; BYTE $0x02; BYTE $0xE5; BYTE $0xF0	/* vpblendd $0xf0, %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFE; BYTE $0xE6	/* vpaddd %ymm14, %ymm12, %ymm12 */
	LEAQ	(R15)(R12*2), R9
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x58; BYTE $0x2C; BYTE $0x21	/* vpbroadcastd (%r9,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x15; BYTE $0x72; BYTE $0xF5; BYTE $0x04	/* vpslld $4, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1D; BYTE $0xFA; BYTE $0xE5	/* vpsubd %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x7C; BYTE $0x5B; BYTE $0xE4	/* vcvtdq2ps %ymm12, %ymm12 */
	BYTE $0xC5; BYTE $0x1C; BYTE $0x59; BYTE $0xA7; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* vmulps 192(%rdi), %ymm12, %ymm12 */
	LEAQ	(R14)(R12*2), R9
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x18; BYTE $0x2C; BYTE $0x21	/* vbroadcastss (%r9,%r12,1), %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x1C; BYTE $0x59; BYTE $0xE5	/* vmulps %ymm13, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x24; BYTE $0x58; BYTE $0xDC	/* vaddps %ymm12, %ymm11, %ymm11 */
	ADDQ	$22, DX
	ADDQ	$22, R10
	ADDQ	$22, R11
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	DECQ	AX
	JNE	h50block
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
	JMP	h50pass
h50done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET
