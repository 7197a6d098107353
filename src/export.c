/*
 * export: look into model files and make new ones.
 *	export info model
 *	export quantize [-g groupsize] in.bin out.bin
 *	export random out.bin dim hidden layers heads kvheads vocab seqlen [seed]
 * Output is written under a temporary name and renamed when complete.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"
#include "arch.h"

static char *fmtname[] = {
	[Fbin]	"llama2.c legacy (fp32)",
	[Fbinv1]	"llama2.c ak42 version 1 (fp32)",
	[Fbinv2]	"llama2.c ak42 version 2 (Q8_0)",
	[Fgguf]	"GGUF",
	[Fsafetensors]	"safetensors (Hugging Face llama)",
};

static void
printtok(Tokenizer *t, char *where)
{
	if(t == nil)
		print("tokenizer\tnone\n");
	else if(t->kind == Tspm)
		print("tokenizer\tSentencePiece, %d pieces, %s\n", t->n, where);
	else
		print("tokenizer\tbyte-level BPE, %d pieces, %d merges, pre-tokenizer %s, BOS %d, EOS %d, %s\n",
			t->n, t->nmerge, prename(t->pre), t->bos, t->eos, where);
}

static void
usage(void)
{
	fprint(2, "usage: export info model\n"
		"       export quantize [-g groupsize] in.bin out.bin\n"
		"       export gguf [-t f32|f16|q8_0|q4_0|q4_1|q5_0|q4_k|q5_k|q6_k|q4_k_m] [-z tokenizer] in out.gguf\n"
		"       export safetensors [-t f32|f16|bf16] [-z tokenizer] in outdir\n"
		"       export random out.bin dim hidden layers heads kvheads vocab seqlen [seed]\n");
	threadexitsall("usage");
}

/* write m to path in format f, through a temporary file; Fgguf takes the tokenizer tk and a GGUF type in gs */
static int
writemodel(Model *m, char *path, int f, int gs, Tokenizer *tk)
{
	char *tmp, *base;
	Dir d;
	int fd, r;

	tmp = smprint("%s.tmp%d", path, getpid());
	fd = create(tmp, OWRITE, 0644);
	if(fd < 0){
		free(tmp);
		return -1;
	}
	r = f == Fgguf ? ggufwrite(m, tk, fd, gs) : f == Fsafetensors ? stwrite(m, fd, gs) : binwrite(m, fd, f, gs);
	if(close(fd) < 0)
		r = -1;
	if(r == 0){
		base = strrchr(path, '/');
		base = base ? base+1 : path;
		nulldir(&d);
		d.name = base;
		if(access(path, AEXIST) == 0 && remove(path) < 0)
			r = -1;
		else if(dirwstat(tmp, &d) < 0)
			r = -1;
	}
	if(r < 0){
		char err[ERRMAX];

		rerrstr(err, sizeof err);
		remove(tmp);
		werrstr("%s", err);
	}
	free(tmp);
	return r;
}

static void
info(char *path)
{
	Model *m;
	Config *c;
	int hs;

	m = openmodel(path);
	if(m == nil)
		sysfatal("%s: %r", path);
	c = &m->c;
	hs = c->dim / c->nheads;
	print("file\t%s\n", path);
	if(m->format == Fgguf){
		print("format\tGGUF version %d\n", m->version);
		print("arch\t%s (%s)\n", m->c.arch->name, m->c.archwhy);
		print("rope_theta\t%g\n", m->c.theta);
		printtok(m->tok, "in the file");
	}else if(m->format == Fsafetensors){
		print("format\t%s\n", fmtname[m->format]);
		print("arch\t%s (%s)\n", m->c.arch->name, m->c.archwhy);
		print("rope_theta\t%g\n", m->c.theta);
		printtok(m->tok, "tokenizer.json beside it");
	}else{
		print("format\t%s\n", fmtname[m->format]);
		print("arch\t%s (%s)\n", m->c.arch->name, m->c.archwhy);
	}
	if(m->c.window)
		print("sliding_window\t%d\n", m->c.window);
	if(m->c.ropefactor > 0)
		print("rope_scaling\tllama3, factor %g, low_freq_factor %g, high_freq_factor %g, original_max_position_embeddings %g\n",
			c->ropefactor, c->ropelow, c->ropehigh, c->roporig);
	print("dim\t%d\n", c->dim);
	print("hidden_dim\t%d\n", c->hidden);
	print("n_layers\t%d\n", c->nlayers);
	print("n_heads\t%d\n", c->nheads);
	print("n_kv_heads\t%d\n", c->nkvheads);
	print("vocab_size\t%d\n", c->vocab);
	print("seq_len\t%d\n", c->seqlen);
	print("head_size\t%d\n", hs);
	print("shared_classifier\t%d\n", c->shared);
	if(m->gs)
		print("group_size\t%d\n", m->gs);
	print("params\t%lld\n", nparams(c));
	print("disk\t%lld\n", m->filesize);
	print("memory\t%lld\n", m->nbytes);
	print("kv_cache\t%lld\n", 2LL * c->nlayers * c->seqlen * hs * c->nkvheads * sizeof(float));
	freemodel(m);
}

static void
quantize1(int argc, char **argv)
{
	Model *m;
	int gs;

	gs = 0;
	ARGBEGIN{
	case 'g':
		gs = atoi(EARGF(usage()));
		if(gs <= 0)
			sysfatal("bad group size %d", gs);
		break;
	default:
		usage();
	}ARGEND
	if(argc != 2)
		usage();
	m = openmodel(argv[0]);
	if(m == nil)
		sysfatal("%s: %r", argv[0]);
	if(m->gs != 0)
		sysfatal("%s: already quantized", argv[0]);
	if(bincheck(&m->c) < 0)
		sysfatal("%s: %r", argv[0]);
	if(m->format == Fgguf && gs == 0){	/* its Q8_0 blocks as they are, groups of 32 */
		freemodel(m);
		m = openmodelq(argv[0], 1);
		if(m == nil)
			sysfatal("%s: %r", argv[0]);
		gs = m->gs;
	}
	gs = groupsize(&m->c, gs);
	if(gs < 0)
		sysfatal("%s: %r", argv[0]);
	if(writemodel(m, argv[1], Fbinv2, gs, nil) < 0)
		sysfatal("%s: %r", argv[1]);
	freemodel(m);
}

/* the tokenizer path names, else the model file's own, else the one in def (if not nil) */
static Tokenizer*
exporttok(Model *m, char *path, char *def)
{
	Tokenizer *t;

	if(path == nil && m->tok != nil)
		return m->tok;
	if(path == nil && (path = def) == nil)
		return nil;
	if((t = opentokenizer(path, m->c.vocab)) == nil)
		sysfatal("%s: %r", path);
	return t;
}

/* the tensor type named by -t, among those allowed, or -1 */
static int
typename(char *name, char **allowed)
{
	static char *names[] = {"f32", "f16", "q8_0", "q4_0", "bf16", "q4_1", "q5_0", "q4_k", "q5_k", "q6_k", "q4_k_m"};
	static int types[] = {Tf32, Tf16, Tq8_0, Tq4_0, Tbf16, Tq4_1, Tq5_0, Tq4_K, Tq5_K, Tq6_K, Tq4_K_M};
	int i, j;

	for(i = 0; allowed[i] != nil; i++)
		if(strcmp(name, allowed[i]) == 0)
			for(j = 0; j < nelem(names); j++)
				if(strcmp(name, names[j]) == 0)
					return types[j];
	werrstr("unknown type %s", name);
	return -1;
}

/*
 * the arguments of a conversion, [-t type] [-z tokenizer] in out: the
 * model in, if the format can hold it (can), and the rest into *t, *tok, *out
 */
static Model*
convargs(int argc, char **argv, char **allowed, int (*can)(Config*), int *t, char **tok, char **out)
{
	Model *m;
	char *type;

	type = "f32";
	*tok = nil;
	ARGBEGIN{
	case 't': type = EARGF(usage()); break;
	case 'z': *tok = EARGF(usage()); break;
	default: usage();
	}ARGEND
	if(argc != 2)
		usage();
	if((*t = typename(type, allowed)) < 0)
		sysfatal("%r");
	m = openmodelq(argv[0], 0);
	if(m == nil || (can != nil && can(&m->c) < 0))
		sysfatal("%s: %r", argv[0]);
	*out = argv[1];
	return m;
}

static void
gguf1(int argc, char **argv)
{
	Model *m;
	char *tok, *out;
	int t;
	static char *types[] = {"f32", "f16", "q8_0", "q4_0", "q4_1", "q5_0", "q4_k", "q5_k", "q6_k", "q4_k_m", nil};

	m = convargs(argc, argv, types, ggufcheck, &t, &tok, &out);
	if(writemodel(m, out, Fgguf, t, exporttok(m, tok, "tokenizer.bin")) < 0)
		sysfatal("%s: %r", out);
	freemodel(m);
}

/* dir/name, written by f from t */
static void
writetok(char *dir, char *name, Tokenizer *t, int (*f)(Tokenizer*, int))
{
	char *p;
	int fd;

	p = smprint("%s/%s", dir, name);
	fd = create(p, OWRITE, 0644);
	if(fd < 0 || f(t, fd) < 0 || close(fd) < 0)
		sysfatal("%s: %r", p);
	free(p);
}

/* outdir/model.safetensors, config.json, and tokenizer.json with tokenizer_config.json */
static void
safetensors1(int argc, char **argv)
{
	Model *m;
	Tokenizer *tk;
	char *cfg, *p, *tok, *dir;
	int t, fd;
	static char *types[] = {"f32", "f16", "bf16", nil};

	m = convargs(argc, argv, types, stcheck, &t, &tok, &dir);
	if(access(dir, AEXIST) < 0){
		fd = create(dir, OREAD, DMDIR|0755);
		if(fd < 0)
			sysfatal("%s: %r", dir);
		close(fd);
	}
	p = smprint("%s/model.safetensors", dir);
	if(writemodel(m, p, Fsafetensors, t, nil) < 0)
		sysfatal("%s: %r", p);
	cfg = stconfig(m);
	p = smprint("%s/config.json", dir);
	fd = create(p, OWRITE, 0644);
	if(fd < 0 || write(fd, cfg, strlen(cfg)) != strlen(cfg) || close(fd) < 0)
		sysfatal("%s: %r", p);
	free(cfg);
	tk = exporttok(m, tok, nil);
	if(tk != nil){
		writetok(dir, "tokenizer.json", tk, hfwrite);
		writetok(dir, "tokenizer_config.json", tk, hfwriteconfig);
	}
	if(tk != m->tok)
		freetokenizer(tk);
	freemodel(m);
}

/* uniform in [-1, 1) from a splitmix64 stream */
static float
urand(uvlong *s)
{
	uvlong z;

	*s += 0x9E3779B97F4A7C15ULL;
	z = *s;
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	z ^= z >> 31;
	return (z >> 40) / 8388608.0 - 1.0;
}

static void
fill(float *f, vlong n, float base, float scale, uvlong *seed)
{
	vlong i;

	for(i = 0; i < n; i++)
		f[i] = base + scale * urand(seed);
}

static void
random1(int argc, char **argv)
{
	Model m;
	Config *c;
	uvlong seed;
	float a;
	vlong v[7];
	int i;

	if(argc != 10 && argc != 11)
		usage();
	for(i = 0; i < 7; i++)
		v[i] = strtoll(argv[3+i], nil, 10);
	seed = argc == 11 ? strtoull(argv[10], nil, 10) : 1;
	memset(&m, 0, sizeof m);
	c = &m.c;
	if(setdims(c, v) < 0)
		sysfatal("%r");
	c->shared = 1;
	if(binalloc(&m) < 0)
		sysfatal("%r");
	/* matrices with variance about 1/n keep activations of order 1 */
	a = 1.0 / sqrt(c->dim);
	fill((float*)m.mem, m.nbytes/4, 0, a, &seed);
	fill(m.w.rmsatt, (vlong)c->nlayers*c->dim, 1, 0.1, &seed);
	fill(m.w.rmsffn, (vlong)c->nlayers*c->dim, 1, 0.1, &seed);
	fill(m.w.rmsfinal, c->dim, 1, 0.1, &seed);
	fill(m.w.emb.f, (vlong)c->vocab*c->dim, 0, 1, &seed);
	if(writemodel(&m, argv[2], Fbin, 0, nil) < 0)
		sysfatal("%s: %r", argv[2]);
	free(m.mem);
	free(m.mats);
}

int mainstacksize = 64*1024;

void
threadmain(int argc, char *argv[])
{
	ieeefp();
	argv0 = "export";
	if(argc < 2)
		usage();
	if(strcmp(argv[1], "info") == 0){
		if(argc != 3)
			usage();
		info(argv[2]);
	}else if(strcmp(argv[1], "quantize") == 0)
		quantize1(argc-1, argv+1);
	else if(strcmp(argv[1], "random") == 0)
		random1(argc, argv);
	else if(strcmp(argv[1], "gguf") == 0)
		gguf1(argc-1, argv+1);
	else if(strcmp(argv[1], "safetensors") == 0)
		safetensors1(argc-1, argv+1);
	else
		usage();
	threadexitsall(nil);
}
