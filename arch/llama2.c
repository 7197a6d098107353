/* Llama 2 and the llama2.c models: RoPE θ_i = base^(-i/hs), base 10000 unless the file says */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "arch.h"

static int
match(char *family, Config*)
{
	return strcmp(family, "llama") == 0;
}

/* in llama2.c's float operations, so its output is matched bit for bit */
static float
freq(Config *c, int i, int hs)
{
	return 1.0f / (float)pow(c->theta, i / (float)hs);
}

Arch llama2 = {"llama2", match, freq};
