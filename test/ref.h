/*
 * The reference: a plain, independent implementation of the llama2.c
 * model used as the oracle by the tests. It shares no code with the
 * engine: its own file reading, kernels, forward pass, sampler and a
 * naive tokenizer (linear search, no sorted index).
 */
typedef struct Ref Ref;
typedef struct Reftok Reftok;

struct Ref {
	int	dim, hidden, layers, heads, kvheads, vocab, seqlen, shared;
	float	*emb, *rmsatt, *wq, *wk, *wv, *wo, *rmsffn, *w1, *w2, *w3, *rmsfinal, *wcls;
	/* run state */
	float	*x, *xb, *xb2, *hb, *hb2, *q, *k, *v, *att, *logits, *kc, *vc;
};

struct Reftok {
	int	n;
	char	**piece;
	float	*score;
};

Ref*	refload(char*);
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
