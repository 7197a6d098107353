typedef struct Arch Arch;	/* arch/arch.h: complete only where the plugins are used */
#pragma incomplete Arch
typedef struct Config Config;
typedef struct Weights Weights;
typedef struct Mat Mat;
typedef struct Model Model;
typedef struct State State;
typedef struct Seq Seq;
typedef struct Genjob Genjob;
typedef struct Stops Stops;
typedef struct Tokenizer Tokenizer;
typedef struct Merge Merge;
typedef struct Wbuf Wbuf;
typedef struct Sampler Sampler;
typedef struct ProbIndex ProbIndex;
typedef struct Qargs Qargs;
typedef struct Gen Gen;
typedef struct Cand Cand;
typedef struct Pairs Pairs;
typedef struct Tmpl Tmpl;
typedef struct Chat Chat;
typedef struct Turn Turn;

enum {
	Maxdim		= 1<<16,	/* sanity limits on header fields */
	Maxlayers	= 1<<10,
	Maxvocab	= 1<<20,
	Maxmerges	= 1<<22,
	Maxseq		= 1<<20,
	Chunk		= 8<<20,	/* bytes per read of weights */
	Qgs		= 32,		/* GGUF's Q8_0 block: the group size of GGUF and safetensors loaded for runq */
	Batch		= 64,		/* prompt tokens that go through the layers together */
	Panel		= 16,		/* rows of an FP32 matrix interleaved by column (src/weights.c) */
};

/* temperatures run and llmfs take: 0, or Mintemp to Maxtemp (below Mintemp, logits/temp overflows) */
#define	Mintemp	0.001
#define	Maxtemp	2.0

enum {		/* what openmodelq loads the matrices as */
	Lfp32,
	Lq8,		/* Q8_0 in groups of Qgs */
	Lown,		/* GGUF's own types, each with its kernel */
	Lasis,		/* Lown, and a llama2.c file as it is, FP32 or Q8_0 (llmfs) */
};

/* formats a model file can come in, told apart by content */
enum {
	Fbin,		/* llama2.c, legacy 7-int header */
	Fbinv1,		/* llama2.c "ak42" version 1: fp32 */
	Fbinv2,		/* llama2.c "ak42" version 2: Q8_0 */
	Fgguf,		/* GGUF version 2 or 3 */
	Fsafetensors,	/* Hugging Face model.safetensors with config.json */
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
	double	theta;		/* RoPE base */
	Arch	*arch;
	char	archwhy[64];	/* what in the file said so */
	int	window;		/* sliding-window attention (mistral); 0: all positions */
	float	*ropediv;	/* per-pair divisors of the RoPE frequencies (GGUF rope_freqs); nil: none */
	double	ropefactor;	/* llama3 RoPE scaling; 0: none */
	double	ropelow;
	double	ropehigh;
	double	roporig;	/* original context length */
};

/*
 * a weight matrix, rows × columns: FP32 in f, or Q8_0 in q with one
 * scale in s per group, or (a model loaded in its file's types) the
 * file's blocks of ggml type type in raw, rowbytes a row
 */
struct Mat {
	float	*f;
	schar	*q;
	float	*s;
	int	type;		/* Tf32 unless raw */
	uchar	*raw;
	vlong	rowbytes;
	vlong	eights;		/* Q8_0, Q4_0: rows 0..eights-1 in eights (simd/gquant.c), the rest rows */
};

/* the matrices have one Mat per layer; norms are FP32, layer-major */
struct Weights {
	Mat	emb;		/* vocab × dim */
	float	*rmsatt;	/* layers × dim */
	Mat	*wq;		/* dim × dim */
	Mat	*wk;		/* kvdim × dim */
	Mat	*wv;		/* kvdim × dim */
	Mat	*wo;		/* dim × dim */
	float	*rmsffn;	/* layers × dim */
	Mat	*w1;		/* hidden × dim */
	Mat	*w2;		/* dim × hidden */
	Mat	*w3;		/* hidden × dim */
	float	*rmsfinal;	/* dim */
	Mat	cls;		/* vocab × dim */
};

struct Model {
	char	*name;
	int	format;
	Config	c;
	Weights	w;
	int	gs;		/* Q8_0 group size; 0 for FP32 */
	int	own;		/* matrices in the file's types: inputs quantized to Q8 in 32s as well */
	Mat	*mats;		/* the allocation behind the Mats of w */
	uchar	*mem;		/* the allocation behind w */
	vlong	nbytes;		/* bytes of weights in memory */
	vlong	filesize;
	Tokenizer	*tok;	/* the file's own, if it has one */
	char	*tokerr;	/* why the file's own did not load */
	int	version;	/* of the file format */
	int	panels;		/* the FP32 matrices are in panels (src/weights.c), not in rows */
};

/*
 * per-sequence activations and KV cache; the activations are kept for
 * batch positions at once (a prompt's), each position's one after another
 */
struct State {
	float	*x;
	float	*xb;
	float	*xb2;
	float	*hb;
	float	*hb2;
	float	*q;
	float	*k;		/* these positions' keys and values, on their way to the cache */
	float	*v;
	float	*att;		/* heads × seqlen */
	float	*logits;
	float	*kcache;	/* layers × kv heads × seqlen × head size: a head's keys are contiguous */
	float	*vcache;
	float	*rope;		/* cos, sin pairs for each position */
	schar	*xq;		/* the matmul input, quantized (runq) */
	float	*xs;		/* and its group scales */
	int	*xsum;		/* Σ of each 32 of xq (own) */
	float	*in;		/* the matmul input (run) */
	int	seqlen;		/* positions the cache holds */
	int	batch;		/* positions the activations hold */
};

/* stop strings, and the text held back because it may begin one (stops.c) */
struct Stops {
	char	**s;
	int	n;
	char	*held;
	int	nheld;
	int	aheld;
};

/* a generation taken a step at a time (generate.c) */
struct Genjob {
	Model	*m;
	Tokenizer	*t;
	Sampler	*s;
	Gen	*g;
	State	*st;
	int	*tok;		/* the prompt's */
	int	ntok;
	int	steps;
	int	pre;		/* positions whose logits go unused */
	int	pos;		/* positions done */
	int	done;		/* prompt positions run */
	int	token;		/* at pos */
	int	first;		/* positions the rate leaves out */
	vlong	start;
	int	over;
	Stops	*stops;		/* nil: none */
	int	row;		/* its rows in a batch's step (genbatch) */
	int	nrow;
	int	lg;		/* the last of them gives logits */
	int	base;		/* the position of tok[0]: a conversation's turn goes after its cache */
	int	(*took)(Genjob*, int);	/* a conversation's: each sampled token is its to show; 1 ends it */
	void	*aux;
};

/* a row of a batch: a token at a position of a sequence, whose state holds its cache */
struct Seq {
	State	*s;
	int	pos;
	int	tok;
};

enum {		/* tokenizer kinds */
	Tspm,		/* SentencePiece-style: scored pieces, byte fallback */
	Tbpe,		/* byte-level BPE: ranked merges over GPT-2's byte alphabet */
};

enum {		/* byte-level BPE pre-tokenizers */
	Pgpt2,
	Pllama3,
};

enum {		/* GGUF token types */
	Tnormal = 1,
	Tunknown = 2,
	Tcontrol = 3,
	Tbyte = 6,
};

/* a buffered writer (format/wbuf.c) */
struct Wbuf {
	int	fd;
	uchar	*buf;
	long	n;
	long	size;
	vlong	off;		/* bytes put so far */
	int	err;		/* a write failed */
};

struct Merge {
	int	a, b;		/* the pair */
	int	rank;
	int	id;		/* what it makes */
};

/* a merge that may be made: the left symbol's position, and both symbols' spans when it was queued */
struct Cand {
	float	key;		/* higher first */
	int	l;		/* lower first among equal keys: the leftmost */
	int	lspan, rspan;
	int	id;		/* what it makes */
};

/* the scratch of an encoding's merges (tokenizer.c's mergepairs), and how it is told to stop */
struct Pairs {
	int	(*pair)(void*, int, int, float*, int*);	/* the merge of ids a and b: 0 if none, else its key and id */
	void	*aux;
	int	(*stop)(void*);	/* polled every few thousand steps; nil: never */
	void	*arg;
	int	work;		/* steps since the last poll */
	int	stopped;
	int	*span;		/* the symbols each position's stands for; 0: merged into its left */
	int	*prev;
	int	nsym;		/* room in span and prev */
	Cand	*q;		/* the merges that may be made: a heap */
	int	nq, aq;
};

struct Tokenizer {
	int	kind;
	char	**vocab;
	float	*scores;
	int	n;
	int	bos, eos;	/* -1: none */
	int	maxlen;		/* longest piece in bytes */
	int	*index;	/* hash table of ids by piece */
	uint	mask;		/* its size - 1 */
	char	bytes[256*2];	/* one-byte strings for <0xXX> pieces */

	/* byte-level BPE */
	int	pre;		/* pre-tokenizer */
	int	ignoremerges;	/* a pre-token in the vocabulary is one token */
	uchar	*type;		/* token types */
	char	**text;		/* the bytes each token stands for */
	Merge	*merge;		/* by pair */
	int	*byrank;	/* merge[byrank[r]] has rank r */
	int	byteid[256];	/* the token of each byte */
	int	nmerge;
	int	*special;	/* control tokens by length, longest first: matched in text */
	int	nspecial;
	uchar	first[32];	/* bit set of the bytes they start with */
	char	*chattmpl;	/* the file's chat template (GGUF tokenizer.chat_template, tokenizer_config.json's); nil: none */
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

/* the arguments of the Q8_0 assembly kernels: nine 8-byte fields */
struct Qargs {
	float	*out;
	schar	*xq;
	float	*xs;
	schar	*wq;
	float	*ws;
	vlong	n;
	vlong	d;
	vlong	gs;
	vlong	sbytes;		/* n/gs·4: one row's scales */
};

/* q4x2sse's arguments (simd/simdq_amd64.s): ten 8-byte fields */
typedef struct Q4args Q4args;
struct Q4args {
	float	*out;		/* four sums a row, read and written */
	short	*xw;		/* four inputs' columns widened, 128 bytes a 16 */
	float	*xs4;		/* their scales, four a group */
	schar	*wq;
	float	*ws;
	vlong	n;
	vlong	d;
	vlong	gs;
	vlong	sbytes;
	vlong	ncols;		/* the columns of this pass, a multiple of gs */
};

/* the arguments of the GGUF-type assembly kernels (simd/simdg_amd64.s): ten 8-byte fields */
typedef struct Gargs Gargs;
struct Gargs {
	float	*out;
	schar	*xq;
	float	*xs;
	int	*xsum;
	uchar	*w;
	vlong	rowbytes;
	vlong	nblk;		/* blocks a row */
	vlong	d;
	float	*h2f;		/* every half as float */
	float	*tab;		/* q4kx4sse, q5kx4sse, q6kx4sse (and their SSSE3 kernels): scratch and constants, 384, 528 and 448 bytes, 16-byte aligned (784 for the SSSE3 four-token ones) */
	vlong	ostride;	/* four-token kernels: floats from one token's outputs to the next */
	vlong	bf;		/* h16x8avx: the rows are F16 (0) or BF16, by AVX (1) or AVX2 (2) */
	vlong	rstep;		/* Q8_0 and Q4_0 kernels: bytes from a row of the pass to the next, */
	vlong	bstep;		/* from a block of a row to its next, */
	vlong	pf;		/* and from the pass's row 0 to where q80x8avx and q40x8avx prefetch */
};

/* where generate puts its text, and how it is told to stop */
struct Gen {
	void	(*put)(Gen*, char*);	/* a piece of output */
	int	(*stopped)(Gen*);	/* polled every position, and every millisecond or two of the prompt's encoding; nil: never */
	void	*aux;
	int	pos;			/* positions done */
	int	ntok;			/* the prompt's tokens */
	double	tps;			/* tokens/s, at the end */
};

/*
 * a chat template: how a turn renders, as formats in which %s is the
 * text, %b the BOS token and %e the EOS token; the pieces of spec are
 * special tokens where the vocabulary has them, else text
 */
struct Tmpl {
	char	*name;
	char	*sys;		/* the system prompt's message; nil: in first */
	char	*first;		/* the first user message with a system prompt (sys, then user text); nil: sys then user */
	char	*user;		/* a user message and the reply's header */
	char	*close;		/* what ends a reply in the history */
	char	*begin;		/* what begins the conversation */
	char	*eot[3];	/* pieces that end a reply, besides EOS */
	char	*spec[6];
	int	trim;		/* the texts are trimmed of white space */
};

/* a turn of a conversation, kept to be read again when older ones are dropped */
struct Turn {
	char	*user;
	int	*reply;
	int	nreply;
};

/* a conversation whose KV cache is kept from turn to turn (chat.c) */
struct Chat {
	Model	*m;
	Tokenizer	*t;
	Tmpl	*tmpl;
	State	*st;
	int	ctx;		/* positions the cache holds */
	int	pos;		/* positions in the cache */
	int	nturns;
	int	drop;		/* 0: a turn that does not fit is refused; 1: the oldest turns are dropped */
	int	lastprompt;	/* tokens of the last turn's prompt read into the cache (in drop mode, with the kept turns read again) */
	int	lastreply;	/* tokens generated in the last turn */
	char	*sys;
	Stops	stops;
	int	owed;		/* the last reply's last token, not yet in the cache; -1: none */
	Turn	*turns;		/* nturns of them */
	int	*tok;		/* scratch: a turn's tokens */
	int	ntok;		/* its room */
	int	maxreply;	/* the turn's: 0, none */
	vlong	start;		/* of its reply */
	int	failed;		/* it ran out of memory */
};

typedef struct Pool Pool;
typedef struct Poolent Poolent;

/* a model in the pool, loaded once and shared by the sessions using it */
struct Poolent {
	char	*name;
	char	*path;
	char	*tokpath;
	Model	*m;
	Tokenizer	*t;
	int	refs;		/* sessions using it */
	vlong	lastuse;	/* LRU clock at the last put */
	int	loading;	/* a load is under way; another of its name fails */
	char	*err;		/* why the load failed */
	char	*stamp;		/* the files' qids, times and lengths as loaded */
	char	*uid;		/* who loaded it: the name is theirs */
	int	dead;		/* unlisted; freed with its last ref */
	int	nloads;
	Poolent	*next;
};

struct Pool {
	QLock	lk;
	Poolent	*list;
	int	maxmodels;	/* 0: no limit */
	vlong	maxbytes;	/* 0: no limit */
	vlong	clock;
	char	*owner;		/* whose loads may replace and evict any model; nil: everyone's */
};

/* GGUF: metadata values and the tensor directory (format/gguf.c) */
typedef struct Gguf Gguf;
typedef struct Gkv Gkv;
typedef struct Gtensor Gtensor;

enum {
	Gu8, Gi8, Gu16, Gi16, Gu32, Gi32, Gf32, Gbool, Gstring, Garray, Gu64, Gi64, Gf64, Gmaxtype,
};

enum {		/* ggml tensor types read */
	Tf32 = 0,
	Tf16 = 1,
	Tq4_0 = 2,
	Tq4_1 = 3,
	Tq5_0 = 6,
	Tq8_0 = 8,
	Tq4_K = 12,
	Tq5_K = 13,
	Tq6_K = 14,
	Tbf16 = 30,
	Tq4_K_M = 1015,		/* not a ggml type: export's Q4_K with Q6_K where llama.cpp's Q4_K_M has it */
};

struct Gkv {
	char	*key;
	int	type;
	uvlong	u;		/* integers and truth values */
	double	f;		/* floats */
	char	*s;		/* string */
	int	atype;		/* arrays: element type, count, values */
	uvlong	n;
	void	*arr;		/* numbers as read (little-endian), or char*[] of strings */
};

struct Gtensor {
	char	*name;
	int	ndim;
	uvlong	ne[4];
	int	type;
	uvlong	off;
	vlong	nbytes;
};

struct Gguf {
	int	version;
	uvlong	ntensors;
	uvlong	nkv;
	Gkv	*kv;
	Gtensor	*t;
	uvlong	align;
	vlong	dataoff;
	vlong	filesize;
};

/* JSON values (format/json.c) */
typedef struct Json Json;
enum {
	Jnull, Jfalse, Jtrue, Jnumber, Jstring, Jarray, Jobject,
};
struct Json {
	int	type;
	double	n;
	char	*s;		/* string; object member's key in key */
	char	*key;
	Json	**v;		/* array elements or object members */
	int	nv;
};
