typedef struct Config Config;
typedef struct Weights Weights;
typedef struct Model Model;
typedef struct State State;
typedef struct Tokenizer Tokenizer;
typedef struct Sampler Sampler;
typedef struct ProbIndex ProbIndex;

enum {
	Maxdim		= 1<<16,	/* sanity limits on header fields */
	Maxlayers	= 1<<10,
	Maxvocab	= 1<<20,
	Maxseq		= 1<<20,
	Chunk		= 8<<20,	/* bytes per read of weights */
};

/* formats a model file can come in, told apart by content */
enum {
	Fbin,		/* llama2.c, legacy 7-int header */
	Fbinv1,		/* llama2.c "ak42" version 1: fp32 */
	Fbinv2,		/* llama2.c "ak42" version 2: Q8_0 */
};

struct Config {
	int	dim;
	int	hidden;
	int	nlayers;
	int	nheads;
	int	nkvheads;
	int	vocab;
	int	seqlen;
	int	shared;		/* classifier is the embedding table */
};

/* FP32 weights; each layered tensor holds every layer, layer-major */
struct Weights {
	float	*emb;		/* vocab × dim */
	float	*rmsatt;	/* layers × dim */
	float	*wq;		/* layers × dim × dim (rows × columns) */
	float	*wk;		/* layers × kvdim × dim */
	float	*wv;		/* layers × kvdim × dim */
	float	*wo;		/* layers × dim × dim */
	float	*rmsffn;	/* layers × dim */
	float	*w1;		/* layers × hidden × dim */
	float	*w2;		/* layers × dim × hidden */
	float	*w3;		/* layers × hidden × dim */
	float	*rmsfinal;	/* dim */
	float	*wcls;		/* vocab × dim */
};

struct Model {
	char	*name;
	int	format;
	Config	c;
	Weights	w;
	float	*mem;		/* the allocation behind w */
	vlong	nbytes;		/* bytes of weights in memory */
	vlong	filesize;
};

/* per-sequence activations and KV cache */
struct State {
	float	*x;
	float	*xb;
	float	*xb2;
	float	*hb;
	float	*hb2;
	float	*q;
	float	*att;		/* heads × seqlen */
	float	*logits;
	float	*kcache;	/* layers × seqlen × kvdim */
	float	*vcache;
	float	*rope;		/* cos, sin pairs for the current position */
	int	seqlen;		/* positions the cache holds */
};

struct Tokenizer {
	char	**vocab;
	float	*scores;
	int	n;
	int	maxlen;		/* longest piece in bytes */
	int	*sorted;	/* ids in strcmp order, ties by id */
	char	bytes[256*2];	/* one-byte strings for <0xXX> pieces */
	char	*buf;		/* scratch for merges */
};

struct ProbIndex {
	float	p;
	int	i;
};

struct Sampler {
	int	vocab;
	float	temp;
	float	topp;
	uvlong	rng;
	ProbIndex	*pi;
};
