/*
 * ggmlref: blocks as llama.cpp's own reference quantizers make them.
 *	ggmlref libggml-base.so type in out
 * reads the floats of in (a multiple of the type's block), quantizes
 * them by ggml's quantize_row_<type>_ref (what llama-quantize writes
 * without an importance matrix), taken from the shared library
 * node-llama-cpp ships, and writes the blocks to out. Types: q8_0 q4_0
 * q4_1 q5_0 q4_k q5_k q6_k. Linux-only tool: plain C.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <dlfcn.h>

typedef void (*Quant)(const float*, void*, int64_t);

static struct {
	char	*name;
	int	per;
	int	bytes;
} types[] = {
	{"q8_0", 32, 34},
	{"q4_0", 32, 18},
	{"q4_1", 32, 20},
	{"q5_0", 32, 22},
	{"q4_K", 256, 144},
	{"q5_K", 256, 176},
	{"q6_K", 256, 210},
};

int
main(int argc, char **argv)
{
	char sym[64];
	FILE *f;
	float *x;
	void *lib, *out;
	long n;
	int i, k;
	Quant q;

	if(argc != 5){
		fprintf(stderr, "usage: ggmlref libggml-base.so type in out\n");
		return 2;
	}
	for(k = 0; k < (int)(sizeof types / sizeof types[0]); k++)
		if(strcasecmp(argv[2], types[k].name) == 0)
			break;
	if(k == (int)(sizeof types / sizeof types[0])){
		fprintf(stderr, "ggmlref: unknown type %s\n", argv[2]);
		return 2;
	}
	if((lib = dlopen(argv[1], RTLD_NOW)) == NULL){
		fprintf(stderr, "ggmlref: %s\n", dlerror());
		return 1;
	}
	snprintf(sym, sizeof sym, "quantize_row_%s_ref", types[k].name);
	if((q = (Quant)dlsym(lib, sym)) == NULL){
		fprintf(stderr, "ggmlref: no %s: %s\n", sym, dlerror());
		return 1;
	}
	if((f = fopen(argv[3], "rb")) == NULL){
		perror(argv[3]);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f) / sizeof(float);
	rewind(f);
	if(n == 0 || n % types[k].per != 0){
		fprintf(stderr, "ggmlref: %ld values, not whole blocks of %d\n", n, types[k].per);
		return 1;
	}
	x = malloc(n * sizeof(float));
	out = calloc(n / types[k].per, types[k].bytes);
	if(x == NULL || out == NULL || fread(x, sizeof(float), n, f) != (size_t)n){
		fprintf(stderr, "ggmlref: reading %s failed\n", argv[3]);
		return 1;
	}
	fclose(f);
	for(i = 0; i < n; i += types[k].per)	/* a block at a time: a bad one is found where it is */
		q(x + i, (char*)out + (long)i / types[k].per * types[k].bytes, types[k].per);
	if((f = fopen(argv[4], "wb")) == NULL || fwrite(out, types[k].bytes, n / types[k].per, f) != (size_t)(n / types[k].per) || fclose(f) != 0){
		perror(argv[4]);
		return 1;
	}
	return 0;
}
