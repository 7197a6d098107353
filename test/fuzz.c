/*
 * libFuzzer targets (make fuzz): each parser gets arbitrary bytes and
 * must answer with a model or an error, never crash, leak into wild
 * memory or allocate what the input merely claims. TARGET picks one:
 * gguf, safetensors, json, llama2c, tokenizer. Host-only (clang).
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"

#define	STR2(x)	#x
#define	STR(x)	STR2(x)

int	mainstacksize;
Pool	pool;
char	*owner;
ulong	boottime;

/* the bytes as a file, for the parsers that read files */
static char*
asfile(uchar *d, long n, char *name)
{
	static char path[128];
	int fd;

	snprint(path, sizeof path, "/tmp/9mlfuzz.%d/%s", getpid(), name);
	fd = create(path, OWRITE, 0600);
	if(fd < 0){
		snprint(path, sizeof path, "/tmp/9mlfuzz.%d", getpid());
		close(create(path, OREAD, DMDIR|0700));
		snprint(path, sizeof path, "/tmp/9mlfuzz.%d/%s", getpid(), name);
		fd = create(path, OWRITE, 0600);
	}
	write(fd, d, n);
	close(fd);
	return path;
}

int LLVMFuzzerTestOneInput(uchar *d, unsigned long n);

int
LLVMFuzzerTestOneInput(uchar *d, unsigned long n)
{
	char *t, *p;
	Model *m;
	Json *j;
	Tokenizer *tk;

	t = STR(TARGET);
	if(strcmp(t, "json") == 0){
		j = jsonparse((char*)d, n);
		jsonfree(j);
	}else if(strcmp(t, "tokenizer") == 0){
		p = asfile(d, n, "tok.bin");
		tk = opentokenizer(p, 512);
		if(tk != nil){
			int ids[64];
			encode(tk, "Once upon a ☃ time", 1, 1, ids);
		}
		freetokenizer(tk);
	}else{
		if(strcmp(t, "safetensors") == 0)
			asfile((uchar*)"{\"hidden_size\": 8, \"intermediate_size\": 16, \"num_hidden_layers\": 1, "
				"\"num_attention_heads\": 2, \"vocab_size\": 8, \"max_position_embeddings\": 8}", 140, "config.json");
		p = asfile(d, n, "model");
		m = openmodel(p);
		if(m != nil){
			State *s = newstate(&m->c, 2);
			if(s != nil)
				forward(m, s, 1, 0);
			freestate(s);
		}
		freemodel(m);
	}
	return 0;
}
