/*
 * AVX2 kernels of the Q8_0 rows of runq (qmatmul, qmatmul4), used where
 * avx2() says the machine has them, giving the SSE2 kernels' bits. 6a
 * has no AVX mnemonics: each VEX instruction is BYTEs with the
 * instruction, in GNU as syntax, in its comment; test/gen/vexbytes
 * makes such lines and the test vex_bytes checks every one against as.
 *
 * Sixteen bytes of a row are sixteen words by VPMOVSXBW, exact for
 * every byte, -128 too, and VPMADDWD of them and x's sixteen words
 * gives eight exact pair sums: a group's sum is exact in 32 bits while
 * gs·128² fits, far past the gs < 512 the callers allow. Then, as in
 * simdq_amd64.s and qmatmulc in simd/port.c, each float lane is one
 * row (or one input) adding ((float)sum·wscale)·xscale group after
 * group; every float operation has the running value, then the sum, as
 * its first source, as the SSE2 kernels have it.
 *
 * The VPMADDWDs are what limits them (on an AMD EPYC, about one a
 * cycle): VPMADDUBSW's trick takes as many multiplies (its pairs need a
 * VPMADDWD by ones) and is wrong for -128, and widening by shifts, as
 * the SSE2 kernels do, measured no faster than VPMOVSXBW.
 */

/*
 * qmatvec8avx(a): rows eight at a time, each row's partial sums in a
 * YMM register, x widened once for the eight; the next eight rows
 * prefetched into L2 as these are summed, their scales into L1, as
 * qmatvec8sse does. The Qargs as for qmatvec8sse (d a multiple of 8,
 * counted down in the Qargs).
 */
TEXT	qmatvec8avx(SB), $0
	MOVQ	BP, R9			/* the Qargs, read again for xq, xs, d and gs */
	MOVQ	0(R9), DI		/* out */
	MOVQ	24(R9), DX		/* wq: row 0 of the block */
	MOVQ	32(R9), R15		/* ws: row 0's scales */
	MOVQ	40(R9), CX		/* n */
	LEAQ	(CX)(CX*2), R11
	MOVQ	64(R9), BX		/* the bytes of one row's scales */
	LEAQ	(BX)(BX*2), R12
v8blocks:
	CMPQ	48(R9), $8
	JLT	v8done
	MOVQ	8(R9), SI		/* xq */
	MOVQ	16(R9), R14		/* xs */
	LEAQ	(DX)(CX*4), R10		/* row 4 */
	LEAQ	(R10)(CX*4), BP		/* the next block, prefetched as this one goes */
	LEAQ	(DX)(CX*1), R8		/* the end of row 0 */
	LEAQ	(R15)(BX*8), AX		/* and the next block's scales, now */
	LEAQ	(AX)(BX*8), R13
v8scales:
	BYTE $0x0F; BYTE $0x18; BYTE $0x08	/* prefetcht0 (%rax) */
	ADDQ	$64, AX
	CMPQ	AX, R13
	JLT	v8scales
	BYTE $0xC4; BYTE $0x41; BYTE $0x2C; BYTE $0x57; BYTE $0xD2	/* vxorps %ymm10, %ymm10, %ymm10 */
v8group:
	CMPQ	DX, R8
	JGE	v8blockdone
	MOVQ	DX, R13
	ADDQ	56(R9), R13		/* the group's end in row 0 */
	/* the group's first sixteen bytes start the sums */
	BYTE $0x0F; BYTE $0x18; BYTE $0x55; BYTE $0x00	/* prefetcht1 (%rbp) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x55; BYTE $0x40	/* prefetcht1 64(%rbp) */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x06	/* vpmovsxbw (%rsi), %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x0A	/* vpmovsxbw (%rdx), %ymm1 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xF5; BYTE $0xC8	/* vpmaddwd %ymm0, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x14; BYTE $0x0A	/* vpmovsxbw (%rdx,%rcx,1), %ymm2 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xF5; BYTE $0xD0	/* vpmaddwd %ymm0, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x1C; BYTE $0x4A	/* vpmovsxbw (%rdx,%rcx,2), %ymm3 */
	BYTE $0xC5; BYTE $0xE5; BYTE $0xF5; BYTE $0xD8	/* vpmaddwd %ymm0, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xA2; BYTE $0x7D; BYTE $0x20; BYTE $0x24; BYTE $0x1A	/* vpmovsxbw (%rdx,%r11,1), %ymm4 */
	BYTE $0xC5; BYTE $0xDD; BYTE $0xF5; BYTE $0xE0	/* vpmaddwd %ymm0, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x2A	/* vpmovsxbw (%r10), %ymm5 */
	BYTE $0xC5; BYTE $0xD5; BYTE $0xF5; BYTE $0xE8	/* vpmaddwd %ymm0, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x34; BYTE $0x0A	/* vpmovsxbw (%r10,%rcx,1), %ymm6 */
	BYTE $0xC5; BYTE $0xCD; BYTE $0xF5; BYTE $0xF0	/* vpmaddwd %ymm0, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x20; BYTE $0x3C; BYTE $0x4A	/* vpmovsxbw (%r10,%rcx,2), %ymm7 */
	BYTE $0xC5; BYTE $0xC5; BYTE $0xF5; BYTE $0xF8	/* vpmaddwd %ymm0, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x20; BYTE $0x04; BYTE $0x1A	/* vpmovsxbw (%r10,%r11,1), %ymm8 */
	BYTE $0xC5; BYTE $0x3D; BYTE $0xF5; BYTE $0xC0	/* vpmaddwd %ymm0, %ymm8, %ymm8 */
	ADDQ	$16, SI
	ADDQ	$16, DX
	ADDQ	$16, R10
	ADDQ	$128, BP
	JMP	v8more
v8sixteen:
	BYTE $0x0F; BYTE $0x18; BYTE $0x55; BYTE $0x00	/* prefetcht1 (%rbp) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x55; BYTE $0x40	/* prefetcht1 64(%rbp) */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x06	/* vpmovsxbw (%rsi), %ymm0 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x0A	/* vpmovsxbw (%rdx), %ymm9 */
	BYTE $0xC5; BYTE $0x35; BYTE $0xF5; BYTE $0xC8	/* vpmaddwd %ymm0, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xFE; BYTE $0xC9	/* vpaddd %ymm9, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x1C; BYTE $0x0A	/* vpmovsxbw (%rdx,%rcx,1), %ymm11 */
	BYTE $0xC5; BYTE $0x25; BYTE $0xF5; BYTE $0xD8	/* vpmaddwd %ymm0, %ymm11, %ymm11 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xFE; BYTE $0xD3	/* vpaddd %ymm11, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x24; BYTE $0x4A	/* vpmovsxbw (%rdx,%rcx,2), %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0xE0	/* vpmaddwd %ymm0, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xFE; BYTE $0xDC	/* vpaddd %ymm12, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0x22; BYTE $0x7D; BYTE $0x20; BYTE $0x2C; BYTE $0x1A	/* vpmovsxbw (%rdx,%r11,1), %ymm13 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0xE8	/* vpmaddwd %ymm0, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xFE; BYTE $0xE5	/* vpaddd %ymm13, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x20; BYTE $0x0A	/* vpmovsxbw (%r10), %ymm9 */
	BYTE $0xC5; BYTE $0x35; BYTE $0xF5; BYTE $0xC8	/* vpmaddwd %ymm0, %ymm9, %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xFE; BYTE $0xE9	/* vpaddd %ymm9, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x20; BYTE $0x1C; BYTE $0x0A	/* vpmovsxbw (%r10,%rcx,1), %ymm11 */
	BYTE $0xC5; BYTE $0x25; BYTE $0xF5; BYTE $0xD8	/* vpmaddwd %ymm0, %ymm11, %ymm11 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xFE; BYTE $0xF3	/* vpaddd %ymm11, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x20; BYTE $0x24; BYTE $0x4A	/* vpmovsxbw (%r10,%rcx,2), %ymm12 */
	BYTE $0xC5; BYTE $0x1D; BYTE $0xF5; BYTE $0xE0	/* vpmaddwd %ymm0, %ymm12, %ymm12 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xFE; BYTE $0xFC	/* vpaddd %ymm12, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0x02; BYTE $0x7D; BYTE $0x20; BYTE $0x2C; BYTE $0x1A	/* vpmovsxbw (%r10,%r11,1), %ymm13 */
	BYTE $0xC5; BYTE $0x15; BYTE $0xF5; BYTE $0xE8	/* vpmaddwd %ymm0, %ymm13, %ymm13 */
	BYTE $0xC4; BYTE $0x41; BYTE $0x3D; BYTE $0xFE; BYTE $0xC5	/* vpaddd %ymm13, %ymm8, %ymm8 */
	ADDQ	$16, SI
	ADDQ	$16, DX
	ADDQ	$16, R10
	ADDQ	$128, BP
v8more:
	CMPQ	DX, R13
	JLT	v8sixteen
	/* Y1..Y8: rows 0..7's eight partial sums each; lane r of Y1 becomes row r's sum */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCA	/* vphaddd %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x65; BYTE $0x02; BYTE $0xDC	/* vphaddd %ymm4, %ymm3, %ymm3 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x75; BYTE $0x02; BYTE $0xCB	/* vphaddd %ymm3, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x55; BYTE $0x02; BYTE $0xEE	/* vphaddd %ymm6, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x45; BYTE $0x02; BYTE $0xF8	/* vphaddd %ymm8, %ymm7, %ymm7 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x55; BYTE $0x02; BYTE $0xEF	/* vphaddd %ymm7, %ymm5, %ymm5 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x75; BYTE $0x46; BYTE $0xD5; BYTE $0x20	/* vperm2i128 $0x20, %ymm5, %ymm1, %ymm2 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x75; BYTE $0x46; BYTE $0xDD; BYTE $0x31	/* vperm2i128 $0x31, %ymm5, %ymm1, %ymm3 */
	BYTE $0xC5; BYTE $0xED; BYTE $0xFE; BYTE $0xCB	/* vpaddd %ymm3, %ymm2, %ymm1 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC9	/* vcvtdq2ps %ymm1, %ymm1 */
	/* the eight rows' scales of this group */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7A; BYTE $0x10; BYTE $0x17	/* vmovss (%r15), %xmm2 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x69; BYTE $0x21; BYTE $0x14; BYTE $0x1F; BYTE $0x10	/* vinsertps $0x10, (%r15,%rbx,1), %xmm2, %xmm2 */
	BYTE $0xC4; BYTE $0xC3; BYTE $0x69; BYTE $0x21; BYTE $0x14; BYTE $0x5F; BYTE $0x20	/* vinsertps $0x20, (%r15,%rbx,2), %xmm2, %xmm2 */
	BYTE $0xC4; BYTE $0x83; BYTE $0x69; BYTE $0x21; BYTE $0x14; BYTE $0x27; BYTE $0x30	/* vinsertps $0x30, (%r15,%r12,1), %xmm2, %xmm2 */
	LEAQ	(R15)(BX*4), AX
	BYTE $0xC5; BYTE $0xFA; BYTE $0x10; BYTE $0x18	/* vmovss (%rax), %xmm3 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x61; BYTE $0x21; BYTE $0x1C; BYTE $0x18; BYTE $0x10	/* vinsertps $0x10, (%rax,%rbx,1), %xmm3, %xmm3 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x61; BYTE $0x21; BYTE $0x1C; BYTE $0x58; BYTE $0x20	/* vinsertps $0x20, (%rax,%rbx,2), %xmm3, %xmm3 */
	BYTE $0xC4; BYTE $0xA3; BYTE $0x61; BYTE $0x21; BYTE $0x1C; BYTE $0x20; BYTE $0x30	/* vinsertps $0x30, (%rax,%r12,1), %xmm3, %xmm3 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x6D; BYTE $0x18; BYTE $0xD3; BYTE $0x01	/* vinsertf128 $1, %xmm3, %ymm2, %ymm2 */
	BYTE $0xC5; BYTE $0xF4; BYTE $0x59; BYTE $0xCA	/* vmulps %ymm2, %ymm1, %ymm1 */
	BYTE $0xC4; BYTE $0xC2; BYTE $0x7D; BYTE $0x18; BYTE $0x1E	/* vbroadcastss (%r14), %ymm3 */
	BYTE $0xC5; BYTE $0xF4; BYTE $0x59; BYTE $0xCB	/* vmulps %ymm3, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0x2C; BYTE $0x58; BYTE $0xD1	/* vaddps %ymm1, %ymm10, %ymm10 */
	ADDQ	$4, R15
	ADDQ	$4, R14
	JMP	v8group
v8blockdone:
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0x17	/* vmovups %ymm10, (%rdi) */
	ADDQ	$32, DI
	LEAQ	(R10)(R11*1), DX	/* R10 is at row 5: row 8 is three rows on */
	LEAQ	(R15)(BX*8), R15	/* R15 is at row 1's scales: row 8's are seven rows on */
	SUBQ	BX, R15
	SUBQ	$8, 48(R9)
	JMP	v8blocks
v8done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * q4x2avx(a): one matrix times four inputs, rows two at a time, as
 * q4x2sse: each sixteen bytes of a row widened once and VPMADDWDed
 * against the four inputs' sixteen columns, which q4widenavx has
 * widened (in each 16, input t's sixteen words at 32t). Lane t of a
 * row's sums is input t's; the two rows' four sums side by side in one
 * YMM register, as the out of the Q4args holds them. The Q4args as for
 * q4x2sse, xw 32-byte aligned.
 */
TEXT	q4x2avx(SB), $0
	MOVQ	BP, R9
	MOVQ	0(R9), DI		/* out */
	MOVQ	24(R9), DX		/* wq */
	MOVQ	32(R9), R15		/* ws */
	MOVQ	40(R9), CX		/* n */
	MOVQ	64(R9), BX		/* the bytes of one row's scales */
x2pairs:
	CMPQ	48(R9), $2
	JLT	x2done
	MOVQ	8(R9), SI		/* xw */
	MOVQ	16(R9), R14		/* xs4 */
	MOVQ	DX, R10
	MOVQ	R15, R11
	MOVQ	72(R9), R8
	ADDQ	DX, R8			/* the end of row 0's columns */
	BYTE $0xC5; BYTE $0x7C; BYTE $0x10; BYTE $0x3F	/* vmovups (%rdi), %ymm15 */
	LEAQ	(R15)(BX*4), AX		/* the scales of two pairs on, now */
	BYTE $0x0F; BYTE $0x18; BYTE $0x08	/* prefetcht0 (%rax) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x0C; BYTE $0x18	/* prefetcht0 (%rax,%rbx,1) */
	LEAQ	(DX)(CX*4), AX		/* and their rows as these go */
x2group:
	CMPQ	DX, R8
	JGE	x2pairdone
	MOVQ	DX, R13
	ADDQ	56(R9), R13
	/* the group's first sixteen bytes start the sums */
	BYTE $0x0F; BYTE $0x18; BYTE $0x08	/* prefetcht0 (%rax) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x0C; BYTE $0x08	/* prefetcht0 (%rax,%rcx,1) */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x02	/* vpmovsxbw (%rdx), %ymm8 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x0C; BYTE $0x0A	/* vpmovsxbw (%rdx,%rcx,1), %ymm9 */
	BYTE $0xC5; BYTE $0xBD; BYTE $0xF5; BYTE $0x06	/* vpmaddwd (%rsi), %ymm8, %ymm0 */
	BYTE $0xC5; BYTE $0xB5; BYTE $0xF5; BYTE $0x26	/* vpmaddwd (%rsi), %ymm9, %ymm4 */
	BYTE $0xC5; BYTE $0xBD; BYTE $0xF5; BYTE $0x4E; BYTE $0x20	/* vpmaddwd 32(%rsi), %ymm8, %ymm1 */
	BYTE $0xC5; BYTE $0xB5; BYTE $0xF5; BYTE $0x6E; BYTE $0x20	/* vpmaddwd 32(%rsi), %ymm9, %ymm5 */
	BYTE $0xC5; BYTE $0xBD; BYTE $0xF5; BYTE $0x56; BYTE $0x40	/* vpmaddwd 64(%rsi), %ymm8, %ymm2 */
	BYTE $0xC5; BYTE $0xB5; BYTE $0xF5; BYTE $0x76; BYTE $0x40	/* vpmaddwd 64(%rsi), %ymm9, %ymm6 */
	BYTE $0xC5; BYTE $0xBD; BYTE $0xF5; BYTE $0x5E; BYTE $0x60	/* vpmaddwd 96(%rsi), %ymm8, %ymm3 */
	BYTE $0xC5; BYTE $0xB5; BYTE $0xF5; BYTE $0x7E; BYTE $0x60	/* vpmaddwd 96(%rsi), %ymm9, %ymm7 */
	ADDQ	$128, SI
	ADDQ	$16, DX
	ADDQ	$16, AX
	JMP	x2more
x2sixteen:
	BYTE $0x0F; BYTE $0x18; BYTE $0x08	/* prefetcht0 (%rax) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x0C; BYTE $0x08	/* prefetcht0 (%rax,%rcx,1) */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x02	/* vpmovsxbw (%rdx), %ymm8 */
	BYTE $0xC4; BYTE $0x62; BYTE $0x7D; BYTE $0x20; BYTE $0x0C; BYTE $0x0A	/* vpmovsxbw (%rdx,%rcx,1), %ymm9 */
	BYTE $0xC5; BYTE $0x3D; BYTE $0xF5; BYTE $0x36	/* vpmaddwd (%rsi), %ymm8, %ymm14 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7D; BYTE $0xFE; BYTE $0xC6	/* vpaddd %ymm14, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x35; BYTE $0xF5; BYTE $0x2E	/* vpmaddwd (%rsi), %ymm9, %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x5D; BYTE $0xFE; BYTE $0xE5	/* vpaddd %ymm13, %ymm4, %ymm4 */
	BYTE $0xC5; BYTE $0x3D; BYTE $0xF5; BYTE $0x76; BYTE $0x20	/* vpmaddwd 32(%rsi), %ymm8, %ymm14 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x75; BYTE $0xFE; BYTE $0xCE	/* vpaddd %ymm14, %ymm1, %ymm1 */
	BYTE $0xC5; BYTE $0x35; BYTE $0xF5; BYTE $0x6E; BYTE $0x20	/* vpmaddwd 32(%rsi), %ymm9, %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x55; BYTE $0xFE; BYTE $0xED	/* vpaddd %ymm13, %ymm5, %ymm5 */
	BYTE $0xC5; BYTE $0x3D; BYTE $0xF5; BYTE $0x76; BYTE $0x40	/* vpmaddwd 64(%rsi), %ymm8, %ymm14 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x6D; BYTE $0xFE; BYTE $0xD6	/* vpaddd %ymm14, %ymm2, %ymm2 */
	BYTE $0xC5; BYTE $0x35; BYTE $0xF5; BYTE $0x6E; BYTE $0x40	/* vpmaddwd 64(%rsi), %ymm9, %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x4D; BYTE $0xFE; BYTE $0xF5	/* vpaddd %ymm13, %ymm6, %ymm6 */
	BYTE $0xC5; BYTE $0x3D; BYTE $0xF5; BYTE $0x76; BYTE $0x60	/* vpmaddwd 96(%rsi), %ymm8, %ymm14 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x65; BYTE $0xFE; BYTE $0xDE	/* vpaddd %ymm14, %ymm3, %ymm3 */
	BYTE $0xC5; BYTE $0x35; BYTE $0xF5; BYTE $0x6E; BYTE $0x60	/* vpmaddwd 96(%rsi), %ymm9, %ymm13 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x45; BYTE $0xFE; BYTE $0xFD	/* vpaddd %ymm13, %ymm7, %ymm7 */
	ADDQ	$128, SI
	ADDQ	$16, DX
	ADDQ	$16, AX
x2more:
	CMPQ	DX, R13
	JLT	x2sixteen
	/* Y0..Y3: row 0 times inputs 0..3, Y4..Y7 row 1's; Y0 becomes row 0's four sums, then row 1's */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC1	/* vphaddd %ymm1, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x6D; BYTE $0x02; BYTE $0xD3	/* vphaddd %ymm3, %ymm2, %ymm2 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x02; BYTE $0xC2	/* vphaddd %ymm2, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE5	/* vphaddd %ymm5, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x4D; BYTE $0x02; BYTE $0xF7	/* vphaddd %ymm7, %ymm6, %ymm6 */
	BYTE $0xC4; BYTE $0xE2; BYTE $0x5D; BYTE $0x02; BYTE $0xE6	/* vphaddd %ymm6, %ymm4, %ymm4 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xCC; BYTE $0x20	/* vperm2i128 $0x20, %ymm4, %ymm0, %ymm1 */
	BYTE $0xC4; BYTE $0xE3; BYTE $0x7D; BYTE $0x46; BYTE $0xD4; BYTE $0x31	/* vperm2i128 $0x31, %ymm4, %ymm0, %ymm2 */
	BYTE $0xC5; BYTE $0xF5; BYTE $0xFE; BYTE $0xC2	/* vpaddd %ymm2, %ymm1, %ymm0 */
	BYTE $0xC5; BYTE $0xFC; BYTE $0x5B; BYTE $0xC0	/* vcvtdq2ps %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x79; BYTE $0x18; BYTE $0x07	/* vbroadcastss (%r15), %xmm8 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x79; BYTE $0x18; BYTE $0x0C; BYTE $0x1F	/* vbroadcastss (%r15,%rbx,1), %xmm9 */
	BYTE $0xC4; BYTE $0x43; BYTE $0x3D; BYTE $0x18; BYTE $0xC1; BYTE $0x01	/* vinsertf128 $1, %xmm9, %ymm8, %ymm8 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7C; BYTE $0x59; BYTE $0xC0	/* vmulps %ymm8, %ymm0, %ymm0 */
	BYTE $0xC4; BYTE $0x42; BYTE $0x7D; BYTE $0x1A; BYTE $0x0E	/* vbroadcastf128 (%r14), %ymm9 */
	BYTE $0xC4; BYTE $0xC1; BYTE $0x7C; BYTE $0x59; BYTE $0xC1	/* vmulps %ymm9, %ymm0, %ymm0 */
	BYTE $0xC5; BYTE $0x04; BYTE $0x58; BYTE $0xF8	/* vaddps %ymm0, %ymm15, %ymm15 */
	ADDQ	$4, R15
	ADDQ	$16, R14
	JMP	x2group
x2pairdone:
	BYTE $0xC5; BYTE $0x7C; BYTE $0x11; BYTE $0x3F	/* vmovups %ymm15, (%rdi) */
	ADDQ	$32, DI
	LEAQ	(R10)(CX*2), DX		/* row 2 */
	LEAQ	(R11)(BX*2), R15	/* its scales */
	SUBQ	$2, 48(R9)
	JMP	x2pairs
x2done:
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET

/*
 * q4widenavx(xw, xq, xstride, nc): columns 0..nc-1 (a multiple of 16)
 * of four inputs xstride bytes apart, as q4x2avx reads them: in each
 * 16, input t's sixteen words at 32t; xw 32-byte aligned
 */
TEXT	q4widenavx(SB), $0
	MOVQ	BP, DI			/* xw */
	MOVQ	xq+8(FP), SI
	MOVQ	xstride+16(FP), CX
	MOVQ	nc+24(FP), R8
	MOVQ	$4, R10
xwtok:
	MOVQ	DI, AX
	XORQ	DX, DX
xwcol:
	CMPQ	DX, R8
	JGE	xwnext
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7D; BYTE $0x20; BYTE $0x04; BYTE $0x16	/* vpmovsxbw (%rsi,%rdx,1), %ymm0 */
	BYTE $0xC5; BYTE $0xFD; BYTE $0x7F; BYTE $0x00	/* vmovdqa %ymm0, (%rax) */
	ADDQ	$128, AX
	ADDQ	$16, DX
	JMP	xwcol
xwnext:
	ADDQ	CX, SI
	ADDQ	$32, DI
	DECQ	R10
	JNE	xwtok
	BYTE $0xC5; BYTE $0xF8; BYTE $0x77	/* vzeroupper */
	RET
