/* the architectures, most specific first */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "arch.h"

extern Arch llama3, mistral, llama2;

static Arch *archs[] = {
	&llama3,
	&mistral,
	&llama2,
};

Arch*
archbyname(char *name)
{
	int i;

	for(i = 0; i < nelem(archs); i++)
		if(strcmp(archs[i]->name, name) == 0)
			return archs[i];
	werrstr("unknown architecture %s", name);
	return nil;
}

/* the architecture a file of family says, and why, into c */
int
archdetect(Config *c, char *family, char *why)
{
	int i;

	for(i = 0; i < nelem(archs); i++)
		if(archs[i]->match(family, c)){
			c->arch = archs[i];
			snprint(c->archwhy, sizeof c->archwhy, "%s", why);
			return 0;
		}
	werrstr("architecture %s not supported", family);
	return -1;
}

/* the architecture's RoPE frequency, divided by the file's own divisor of the pair if it has them */
float
ropefreq(Config *c, int i, int hs)
{
	float f;

	f = c->arch->freq(c, i, hs);
	return c->ropediv != nil ? f / c->ropediv[i/2] : f;
}
