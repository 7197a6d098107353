/*
 * Loading: the config and every weight tensor of the shared model,
 * the versioned (ak42 v1) layout and an unshared classifier, each
 * checked against what the file format puts where.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ref.h"

typedef struct Tensor Tensor;
struct Tensor {
	char	*name;
	long	n;
	u32int	crc;
};

/* zlib.crc32 of each tensor's bytes at its offset in stories260K.bin, computed with Python */
static Tensor stories260k[] = {
	{"emb", 32768, 0x297f3ba4},
	{"rmsatt", 320, 0x030a3032},
	{"wq", 20480, 0xebe7c07d},
	{"wk", 10240, 0x8694f318},
	{"wv", 10240, 0x48069370},
	{"wo", 20480, 0xf9e00877},
	{"rmsffn", 320, 0x30f868c7},
	{"w1", 55040, 0xa1d09dcc},
	{"w2", 55040, 0x50d782bf},
	{"w3", 55040, 0x05648024},
	{"rmsfinal", 64, 0xd4ab65d9},
};

static float*
fcopy(float *f, vlong n)
{
	float *g;

	g = malloc(n*sizeof(float));
	memmove(g, f, n*sizeof(float));
	return g;
}

/* an fp32 tensor, all layers one after another as the file has them, in a copy to free */
static float*
field(Model *m, char *name)
{
	Weights *w;
	vlong L, d, kv, h;

	w = &m->w;
	L = m->c.nlayers;
	d = m->c.dim;
	kv = d / m->c.nheads * m->c.nkvheads;
	h = m->c.hidden;
	if(strcmp(name, "emb") == 0) return fcopy(w->emb.f, m->c.vocab*d);
	if(strcmp(name, "rmsatt") == 0) return fcopy(w->rmsatt, L*d);
	if(strcmp(name, "wq") == 0) return layers(w->wq, L, d*d);
	if(strcmp(name, "wk") == 0) return layers(w->wk, L, kv*d);
	if(strcmp(name, "wv") == 0) return layers(w->wv, L, kv*d);
	if(strcmp(name, "wo") == 0) return layers(w->wo, L, d*d);
	if(strcmp(name, "rmsffn") == 0) return fcopy(w->rmsffn, L*d);
	if(strcmp(name, "w1") == 0) return layers(w->w1, L, h*d);
	if(strcmp(name, "w2") == 0) return layers(w->w2, L, d*h);
	if(strcmp(name, "w3") == 0) return layers(w->w3, L, h*d);
	if(strcmp(name, "rmsfinal") == 0) return fcopy(w->rmsfinal, d);
	return nil;
}

static void
put32(uchar *p, u32int v)
{
	p[0] = v;
	p[1] = v>>8;
	p[2] = v>>16;
	p[3] = v>>24;
}

/*
 * the FP32 matrices of stories260K.bin as loaded, in panels: wq[0]'s
 * row i, column j (file offset 28 + 4·(vocab·dim + layers·dim + i·dim + j),
 * after the 7-int header, the embedding and rmsatt) at
 * (i - i%Panel)·dim + Panel·j + i%Panel; and matrow gives the embedding's
 * rows as the file has them
 */
static void
inpanels(Model *m, char *path)
{
	float *file, *row;
	long n;
	int i, j, d, ok;

	file = (float*)readall(path, &n);
	if(file == nil){
		fail("%s: %r", path);
		return;
	}
	d = m->c.dim;
	ok = 1;
	for(i = 0; i < d; i++)
		for(j = 0; j < d; j++)
			ok &= m->w.wq[0].f[(i - i%Panel)*d + Panel*j + i%Panel] == file[7 + 512*d + 5*d + i*d + j];
	check(ok, "wq[0] is not in panels");
	row = malloc(d*sizeof(float));
	ok = 1;
	for(i = 0; i < m->c.vocab; i++){
		matrow(row, m->w.emb.f, d, m->c.vocab, i);
		ok &= memcmp(row, file + 7 + i*d, d*sizeof(float)) == 0;
	}
	check(ok, "matrow: an embedding row differs from the file's");
	free(row);
	free(file);
}

/* stories260K rewritten in the ak42 version 1 layout, as llama2.c's export.py --version 1 writes it */
static char*
writev1(Model *m)
{
	uchar *buf, *p;
	long n;
	char *path;
	Weights *w;
	Config *c;
	vlong L, d, kv;
	int l;

	c = &m->c;
	w = &m->w;
	L = c->nlayers;
	d = c->dim;
	kv = d / c->nheads * c->nkvheads;
	n = 256 + m->nbytes;
	buf = mallocz(n, 1);
	put32(buf, 0x616b3432);
	put32(buf+4, 1);
	put32(buf+8, c->dim);
	put32(buf+12, c->hidden);
	put32(buf+16, c->nlayers);
	put32(buf+20, c->nheads);
	put32(buf+24, c->nkvheads);
	put32(buf+28, c->vocab);
	put32(buf+32, c->seqlen);
	buf[36] = 1;
	p = buf + 256;
#define W(f, cnt)	memmove(p, f, (cnt)*4), p += (cnt)*4
#define WL(a, cnt)	for(l = 0; l < L; l++) W(a[l].f, cnt)
	W(w->rmsatt, L*d);
	W(w->rmsffn, L*d);
	W(w->rmsfinal, d);
	W(w->emb.f, c->vocab*d);
	WL(w->wq, d*d);
	WL(w->wk, kv*d);
	WL(w->wv, kv*d);
	WL(w->wo, d*d);
	WL(w->w1, c->hidden*d);
	WL(w->w2, c->hidden*d);
	WL(w->w3, c->hidden*d);
#undef WL
#undef W
	path = tpath("v1.bin");
	if(p - buf != n || writefile(path, buf, n) < 0)
		fail("writing %s", path);
	free(buf);
	return path;
}

/* the legacy file with a negative vocab and its own classifier: the embedding reversed */
static char*
writeunshared(char *src, Model *m)
{
	char *buf, *path;
	long n, vd;
	float *cls;
	int i;

	buf = readall(src, &n);
	vd = (long)m->c.vocab * m->c.dim;
	buf = realloc(buf, n + vd*4);
	put32((uchar*)buf+20, -m->c.vocab);
	cls = (float*)(buf + n);
	for(i = 0; i < vd; i++)
		cls[i] = m->w.emb.f[vd-1-i];
	path = tpath("unshared.bin");
	if(writefile(path, buf, n + vd*4) < 0)
		fail("writing %s", path);
	free(buf);
	return path;
}

void
testloading(void)
{
	Model *m, *v1, *un;
	Ref *r;
	char *path, *p1, *pu;
	float *f, *g;
	int i;
	long vd;

	path = mpath("stories260K.bin");
	m = openmodel(path);
	if(m == nil){
		fail("%s: %r", path);
		return;
	}
	check(m->format == Fbin, "format %d", m->format);
	check(m->c.dim == 64 && m->c.hidden == 172 && m->c.nlayers == 5 && m->c.nheads == 8
		&& m->c.nkvheads == 4 && m->c.vocab == 512 && m->c.seqlen == 512 && m->c.shared,
		"config %d/%d/%d/%d/%d/%d/%d shared %d", m->c.dim, m->c.hidden, m->c.nlayers,
		m->c.nheads, m->c.nkvheads, m->c.vocab, m->c.seqlen, m->c.shared);
	check(m->filesize == 1056540, "file size %lld", m->filesize);
	check(m->panels == 1, "FP32 matrices not in panels");
	inpanels(m, path);
	check(torows(m) == 0 && m->panels == 0, "torows: %r");
	check(nparams(&m->c) == 260032, "%lld parameters", nparams(&m->c));
	for(i = 0; i < nelem(stories260k); i++){
		f = field(m, stories260k[i].name);
		check(f != nil && crc32(f, stories260k[i].n*4) == stories260k[i].crc,
			"%s: crc %.8ux, want %.8ux", stories260k[i].name,
			f ? crc32(f, stories260k[i].n*4) : 0, stories260k[i].crc);
		free(f);
	}
	check(m->w.cls.f == m->w.emb.f, "shared classifier is not the embedding");
	check(inorder(m), "stories260K.bin: the weights are not in the order forward reads them");

	/* the reference reads the same numbers by its own offsets */
	r = refload(path);
	f = field(m, "wq");
	g = field(m, "w2");
	check(r != nil && memcmp(r->wq, f, 20480*4) == 0 && memcmp(r->w2, g, 55040*4) == 0
		&& memcmp(r->rmsfinal, m->w.rmsfinal, 64*4) == 0, "reference weights differ");
	free(f);
	free(g);
	reffree(r);

	p1 = writev1(m);
	v1 = openmodel(p1);
	if(v1 == nil)
		fail("%s: %r", p1);
	else{
		check(v1->format == Fbinv1, "v1 format %d", v1->format);
		check(memcmp(&v1->c, &m->c, sizeof(Config)) == 0, "v1 config differs");
		check(torows(v1) == 0, "torows: %r");
		check(sameweights(v1, m), "v1 weights differ");
	}
	freemodel(v1);

	pu = writeunshared(path, m);
	un = openmodel(pu);
	if(un == nil)
		fail("%s: %r", pu);
	else{
		vd = (long)m->c.vocab * m->c.dim;
		check(torows(un) == 0, "torows: %r");
		check(!un->c.shared && un->c.vocab == 512, "unshared: shared %d vocab %d", un->c.shared, un->c.vocab);
		check(un->w.cls.f != un->w.emb.f && un->w.cls.f[0] == m->w.emb.f[vd-1] && un->w.cls.f[vd-1] == m->w.emb.f[0],
			"unshared classifier not read from the end of the file");
		check(nparams(&un->c) == 260032 + vd, "unshared: %lld parameters", nparams(&un->c));
	}
	freemodel(un);
	remove(p1);
	remove(pu);
	freemodel(m);
}
