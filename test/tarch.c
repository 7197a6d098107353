/*
 * Architectures: detection from the file's metadata, and the engine
 * against the reference (bit for bit) for llama3's RoPE base and
 * frequency scaling with grouped-query attention, and for mistral's
 * sliding window.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "arch.h"
#include "test.h"
#include "ref.h"

/* stories260K-hf-f32 with config.json replaced by cfg, in a directory of its own */
static char*
hfvariant(char *name, char *cfg)
{
	char *dir, *buf;
	long n;
	int fd;

	dir = tpath(name);
	fd = create(dir, OREAD, DMDIR|0777);
	if(fd >= 0)
		close(fd);
	buf = readall(mpath("stories260K-hf-f32/model.safetensors"), &n);
	writefile(smprint("%s/model.safetensors", dir), buf, n);
	free(buf);
	buf = readall(mpath("stories260K-hf-f32/tokenizer.json"), &n);
	writefile(smprint("%s/tokenizer.json", dir), buf, n);
	free(buf);
	writefile(smprint("%s/config.json", dir), cfg, strlen(cfg));
	return smprint("%s/model.safetensors", dir);
}

#define	BASE	"\"hidden_size\": 64, \"intermediate_size\": 172, \"num_hidden_layers\": 5, \"num_attention_heads\": 8, " \
		"\"num_key_value_heads\": 4, \"vocab_size\": 512, \"max_position_embeddings\": 512"

void
testarchdetect(void)
{
	Model *m;
	char *p;

	m = openmodel(mpath("stories260K.bin"));
	check(m && strcmp(m->c.arch->name, "llama2") == 0 && strcmp(m->c.archwhy, "llama2.c header") == 0, "bin: %s", m ? m->c.arch->name : "");
	freemodel(m);
	m = openmodel(mpath("stories260K.gguf"));
	check(m && strcmp(m->c.arch->name, "llama2") == 0 && strstr(m->c.archwhy, "general.architecture llama"), "gguf: %s", m ? m->c.archwhy : "");
	freemodel(m);
	p = hfvariant("l3", "{" BASE ", \"model_type\": \"llama\", \"rope_theta\": 500000.0}");
	m = openmodel(p);
	check(m && strcmp(m->c.arch->name, "llama3") == 0 && m->c.theta == 500000 && m->c.ropefactor == 0, "rope_theta 500000: %s %r", m ? m->c.arch->name : "");
	freemodel(m);
	p = hfvariant("l31", "{" BASE ", \"model_type\": \"llama\", \"rope_theta\": 500000.0, \"rope_scaling\": "
		"{\"rope_type\": \"llama3\", \"factor\": 8.0, \"low_freq_factor\": 1.0, \"high_freq_factor\": 4.0, "
		"\"original_max_position_embeddings\": 8192}}");
	m = openmodel(p);
	check(m && strcmp(m->c.arch->name, "llama3") == 0 && m->c.ropefactor == 8 && m->c.roporig == 8192, "llama3.1 scaling: %r");
	freemodel(m);
	p = hfvariant("mi", "{" BASE ", \"model_type\": \"mistral\", \"sliding_window\": 4}");
	m = openmodel(p);
	check(m && strcmp(m->c.arch->name, "mistral") == 0 && m->c.window == 4, "mistral: %r");
	freemodel(m);
	p = hfvariant("gp", "{" BASE ", \"model_type\": \"gpt2\"}");
	m = openmodel(p);
	check(m == nil && strstr(smprint("%r"), "architecture gpt2 not supported") != nil, "gpt2 accepted: %r");
	freemodel(m);
	check(archbyname("mistral") != nil && archbyname("llama9") == nil, "archbyname");
}

/* a random model with grouped-query attention, made by export random */
static char*
gqamodel(void)
{
	char *argv[16], *p;

	p = tpath("gqa.bin");
	argv[0] = bpath("export"); argv[1] = "random"; argv[2] = p;
	argv[3] = "64"; argv[4] = "128"; argv[5] = "2"; argv[6] = "8"; argv[7] = "2";
	argv[8] = "300"; argv[9] = "64"; argv[10] = "3"; argv[11] = nil;
	if(runprog(argv, nil, nil) != 0)
		fail("export random failed");
	return p;
}

/* n positions of greedy decoding: logits bit-identical to the reference at each */
static int
compare(Model *m, Ref *r, int n)
{
	State *s;
	float *a, *b;
	int pos, tok;

	s = newstate(&m->c, n);
	tok = 1;
	for(pos = 0; pos < n; pos++){
		a = forward(m, s, tok, pos);
		b = refforward(r, tok, pos);
		if(memcmp(a, b, m->c.vocab*sizeof(float)) != 0){
			fail("%s: logits differ at position %d", m->c.arch->name, pos);
			break;
		}
		tok = argmax(a, m->c.vocab);
	}
	freestate(s);
	return pos;
}

void
testarchllama3(void)
{
	Model *m;
	Ref *r;
	char *p;
	int n;

	p = gqamodel();
	m = openmodel(p);
	r = refload(p);
	if(m == nil || r == nil){
		fail("load: %r");
		return;
	}
	/* head size 8: pairs at wavelengths 6.3, 167, 4449, 118000; original context 16 puts them in every band */
	m->c.arch = archbyname("llama3");
	m->c.theta = r->theta = 500000;
	m->c.ropefactor = r->factor = 8;
	m->c.ropelow = r->low = 1;
	m->c.ropehigh = r->high = 4;
	m->c.roporig = r->orig = 16;
	n = compare(m, r, 48);
	note("%d positions, GQA 8/2 heads, theta 500000, Llama 3.1 scaling: logits bit-identical", n);
	freemodel(m);
	reffree(r);
}

/* the first of n positions (token 7 each) where a and b give different logits; -1: none */
static int
firstdiff(Model *a, Model *b, int n)
{
	State *sa, *sb;
	int pos, d;

	sa = newstate(&a->c, n);
	sb = newstate(&b->c, n);
	d = -1;
	for(pos = 0; pos < n && d < 0; pos++)
		if(memcmp(forward(a, sa, 7, pos), forward(b, sb, 7, pos), a->c.vocab*sizeof(float)) != 0)
			d = pos;
	freestate(sa);
	freestate(sb);
	return d;
}

void
testarchmistral(void)
{
	Model *m, *full;
	Ref *r;
	char *p;
	int n, differ;

	p = gqamodel();
	m = openmodel(p);
	full = openmodel(p);
	r = refload(p);
	if(m == nil || full == nil || r == nil){
		fail("load: %r");
		return;
	}
	m->c.arch = archbyname("mistral");
	m->c.window = r->window = 5;
	n = compare(m, r, 40);
	/* the window changes the output once there are more positions than it holds */
	differ = firstdiff(m, full, 12);
	check(differ == 5, "the window first matters at position %d, want 5", differ);
	note("window 5: %d positions bit-identical to the reference, full attention differs from position %d", n, differ);
	freemodel(m);
	freemodel(full);
	reffree(r);
}

/* a GGUF file's rope_freqs.weight: read, detected, written back, and each frequency divided by its pair's value */
void
testarchropefreqs(void)
{
	static float div[4] = {1, 1.5, 4, 8};
	Model *m, *g;
	Ref *r;
	Tokenizer *tk;
	State *s;
	char *p, *piece[300], *out;
	float score[300], *a, *b;
	int i, n, fd, differ;

	p = gqamodel();
	m = openmodel(p);
	r = refload(p);
	for(i = 0; i < 300; i++){
		piece[i] = smprint("t%d", i);
		score[i] = 0;
	}
	tk = newtokenizer(piece, score, 300);
	if(m == nil || r == nil || tk == nil){
		fail("load: %r");
		return;
	}
	m->c.theta = r->theta = 500000;
	for(i = 0; i < 2; i++){
		free(m->c.ropediv);
		m->c.ropediv = malloc(sizeof div);
		memmove(m->c.ropediv, div, sizeof div);
		m->c.ropediv[3] = i == 0 ? 8 : 0;
		out = tpath(i == 0 ? "div.gguf" : "div0.gguf");
		fd = create(out, OWRITE, 0644);
		check(fd >= 0 && ggufwrite(m, tk, fd, Tf32) == 0, "ggufwrite: %r");
		close(fd);
	}
	g = openmodel(tpath("div0.gguf"));
	check(g == nil && strcmp(smprint("%r"), "bad rope_freqs.weight: 0") == 0, "zero divisor: %r");
	g = openmodel(tpath("div.gguf"));
	if(g == nil){
		fail("div.gguf: %r");
		return;
	}
	check(g->c.ropediv != nil && memcmp(g->c.ropediv, div, sizeof div) == 0, "divisors not read back");
	check(strcmp(g->c.arch->name, "llama3") == 0 && strstr(g->c.archwhy, "rope_freqs") != nil, "arch %s (%s)", g->c.arch->name, g->c.archwhy);
	r->div = div;
	n = compare(g, r, 48);
	/* without them the logits differ from the second position on */
	r->div = nil;
	s = newstate(&g->c, 4);
	differ = -1;
	for(i = 0; i < 4 && differ < 0; i++){
		a = forward(g, s, 1, i);
		b = refforward(r, 1, i);
		if(memcmp(a, b, g->c.vocab*sizeof(float)) != 0)
			differ = i;
	}
	check(differ == 1, "without the divisors the logits first differ at position %d", differ);
	note("%d positions bit-identical to the reference with divisors 1, 1.5, 4, 8", n);
	freestate(s);
	freemodel(g);
	freemodel(m);
	freetokenizer(tk);
	reffree(r);
}

/* export keeps RoPE base, Llama 3.1 scaling, rope_freqs and the sliding window, or refuses the format */
void
testarchexport(void)
{
	Model *m, *e;
	Tokenizer *tk;
	char *l31, *mi, *div, *out, *argv[6], *piece[300];
	float score[300];
	int i, fd;

	l31 = hfvariant("xl31", "{" BASE ", \"model_type\": \"llama\", \"rope_theta\": 500000.0, \"rope_scaling\": "
		"{\"rope_type\": \"llama3\", \"factor\": 8.0, \"low_freq_factor\": 1.0, \"high_freq_factor\": 4.0, "
		"\"original_max_position_embeddings\": 8192}}");
	mi = hfvariant("xmi", "{" BASE ", \"model_type\": \"mistral\", \"sliding_window\": 4}");
	/* a GGUF file with rope_freqs divisors, RoPE base 10000 */
	m = openmodel(gqamodel());
	for(i = 0; i < 300; i++){
		piece[i] = smprint("t%d", i);
		score[i] = 0;
	}
	tk = newtokenizer(piece, score, 300);
	if(m == nil || tk == nil){
		fail("load: %r");
		return;
	}
	m->c.ropediv = malloc(4*sizeof(float));
	for(i = 0; i < 4; i++)
		m->c.ropediv[i] = 1 + i;
	div = tpath("xdiv.gguf");
	fd = create(div, OWRITE, 0644);
	check(fd >= 0 && ggufwrite(m, tk, fd, Tf32) == 0, "ggufwrite: %r");
	close(fd);
	freemodel(m);
	freetokenizer(tk);

	/* refused, with nothing left behind */
	argv[0] = bpath("export"); argv[1] = "quantize"; argv[3] = tpath("x.bin"); argv[4] = nil;
	argv[2] = l31;
	expectv(smprint("export: %s: RoPE base 500000 cannot be written to a llama2.c file (it means 10000)", l31), argv);
	argv[2] = mi;
	expectv(smprint("export: %s: sliding-window attention cannot be written to a llama2.c file", mi), argv);
	argv[2] = div;
	expectv(smprint("export: %s: RoPE frequency scaling cannot be written to a llama2.c file", div), argv);
	argv[1] = "gguf"; argv[2] = l31; argv[3] = tpath("x.gguf");
	expectv(smprint("export: %s: Llama 3.1 RoPE scaling cannot be written to GGUF", l31), argv);
	argv[1] = "safetensors"; argv[2] = div; argv[3] = tpath("xst");
	expectv(smprint("export: %s: RoPE frequency divisors (rope_freqs) cannot be written to safetensors", div), argv);
	check(access(tpath("x.bin"), AEXIST) < 0 && access(tpath("x.gguf"), AEXIST) < 0 && access(tpath("xst"), AEXIST) < 0,
		"a refused export left a file");

	/* kept: each written model gives its source's logits, and the kept setting matters */
	out = tpath("xl31st");
	argv[0] = "safetensors"; argv[1] = l31; argv[2] = out; argv[3] = nil;
	if(export1(argv) == nil)
		return;
	m = openmodel(l31);
	e = openmodel(smprint("%s/model.safetensors", out));
	if(m == nil || e == nil){
		fail("reload: %r");
		return;
	}
	check(e->c.theta == 500000 && e->c.ropefactor == 8 && e->c.ropelow == 1 && e->c.ropehigh == 4 && e->c.roporig == 8192,
		"rope_scaling read back: %g %g %g %g %g", e->c.theta, e->c.ropefactor, e->c.ropelow, e->c.ropehigh, e->c.roporig);
	check(firstdiff(m, e, 40) < 0, "Llama 3.1 safetensors export changes the logits");
	e->c.ropefactor = 0;
	check(firstdiff(m, e, 40) >= 0, "the scaling changes nothing in 40 positions");
	freemodel(m);
	freemodel(e);
	for(i = 0; i < 2; i++){
		out = i == 0 ? tpath("xmi.gguf") : tpath("xmist");
		argv[0] = i == 0 ? "gguf" : "safetensors"; argv[1] = mi; argv[2] = out; argv[3] = nil;
		if(export1(argv) == nil)
			return;
		m = openmodel(mi);
		e = openmodel(i == 0 ? out : smprint("%s/model.safetensors", out));
		if(m == nil || e == nil){
			fail("reload %s: %r", out);
			return;
		}
		check(e->c.window == 4, "%s: window %d", out, e->c.window);
		check(firstdiff(m, e, 12) < 0, "%s: the sliding window's logits change", out);
		e->c.window = 0;
		check(firstdiff(m, e, 12) == 4, "%s: without the window the logits first differ at %d, want 4", out, firstdiff(m, e, 12));
		freemodel(m);
		freemodel(e);
	}
}
