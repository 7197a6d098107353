/* Mistral: llama's layers with sliding-window attention (the last window positions) and GQA */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "arch.h"

static int
match(char *family, Config*)
{
	return strcmp(family, "mistral") == 0;
}

static float
freq(Config *c, int i, int hs)
{
	return 1.0f / (float)pow(c->theta, i / (float)hs);
}

Arch mistral = {"mistral", match, freq};
