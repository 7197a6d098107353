/*
 * AVX2 kernels of the GGUF Q4_K, Q5_K and Q6_K rows (kquads, ksums), used where avx2() says the machine has
 * them, giving the SSE2 kernels' bits. 6a has no AVX mnemonics: each
 * VEX instruction is BYTEs with the instruction, in GNU as syntax, in
 * its comment; test/gen/vexbytes makes such lines and the test vex_bytes
 * checks every one against as.
 */
