/*
 * AVX2 kernels of the GGUF Q4_0, Q4_1, Q5_0 and Q8_0 rows (gmatmul), used where avx2() says the machine has
 * them, giving the SSE2 kernels' bits. 6a has no AVX mnemonics: each
 * VEX instruction is BYTEs with the instruction, in GNU as syntax, in
 * its comment; test/gen/vexbytes makes such lines and the test vex_bytes
 * checks every one against as.
 */
