/*
 * The reference: a plain, independent implementation of the llama2.c
 * model used as the oracle by the tests. It shares no code with the
 * engine: its own file reading, kernels, forward pass, sampler and a
 * naive tokenizer (linear search, no sorted index). Float exp, sin
 * and cos are the engine's (src/fmath.c), tested on their own against
 * glibc's values.
 */
float	fexp(float);
float	fsin(float);
float	fcos(float);
typedef struct Ref Ref;
typedef struct Refq Refq;
typedef struct Reftok Reftok;

/* a Q8_0 tensor, all layers: values, and one scale per group of gs */
struct Refq {
	schar	*q;
	float	*s;
};

struct Ref {
	int	dim, hidden, layers, heads, kvheads, vocab, seqlen, shared;
	float	*emb, *rmsatt, *wq, *wk, *wv, *wo, *rmsffn, *w1, *w2, *w3, *rmsfinal, *wcls;
	int	gs;		/* Q8_0 (ak42 version 2) when not 0 */
	double	theta;		/* RoPE base, 10000 as loaded */
	double	factor, low, high, orig;	/* Llama 3.1 RoPE scaling when factor > 0 */
	float	*div;		/* per-pair divisors of the frequencies (GGUF rope_freqs); nil: none */
	int	window;		/* attend to the last window positions; 0: all */
	Refq	qemb, qwq, qwk, qwv, qwo, qw1, qw2, qw3, qcls;
	schar	*xq;
	float	*xs;
	/* run state */
	float	*x, *xb, *xb2, *hb, *hb2, *q, *k, *v, *att, *logits, *kc, *vc;
};

struct Reftok {
	int	n;
	char	**piece;
	float	*score;
};

Ref*	refload(char*);
Ref*	refloadq(char*);
void	refquantize(schar*, float*, float*, int, int);
void	refqmatmul(float*, schar*, float*, schar*, float*, int, int, int);
void	reffree(Ref*);
float*	refforward(Ref*, int, int);
void	refmatmul(float*, float*, float*, int, int);
void	refrmsnorm(float*, float*, float*, int);
void	refsoftmax(float*, int);
uint	refrandu32(uvlong*);
float	refrandf32(uvlong*);
int	refsample(float*, int, float, float, uvlong*);
Reftok*	reftokload(char*, int);
void	reftokfree(Reftok*);
int	refencode(Reftok*, char*, int*);
int	refgenerate(Ref*, Reftok*, char*, int, float, float, uvlong, int*);
char*	reftext(Reftok*, int*, int);	/* tgen.c */
float	refdequant(int, uchar*, long);
float	refhalf(int);
