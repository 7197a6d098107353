/* model.c */
Model*	openmodel(char*);
void	freemodel(Model*);
State*	newstate(Config*, int);
void	freestate(State*);
int	checkconfig(Config*);
vlong	nparams(Config*);

/* format/bin.c */
int	binprobe(uchar*, int);
int	binload(Model*, int, uchar*);
int	binwrite(Model*, int, int, int);
int	allocmats(Model*);
int	binalloc(Model*);

/* quant.c */
int	groupsize(Config*, int);
void	quantrow(schar*, float*, float*, vlong, int);
float	rnd(float);

/* forward.c */
float*	forward(Model*, State*, int, int);

/* simd/port.c: the kernels */
void	matmul(float*, float*, float*, int, int);
void	qmatmul(float*, schar*, float*, schar*, float*, int, int, int);
void	quantize(schar*, float*, float*, int, int);
void	rmsnorm(float*, float*, float*, int);
void	softmax(float*, int);

/* tokenizer.c */
Tokenizer*	opentokenizer(char*, int);
void	freetokenizer(Tokenizer*);
int	encode(Tokenizer*, char*, int, int, int*);
char*	decode(Tokenizer*, int, int);
int	lookup(Tokenizer*, char*);

/* sampler.c */
Sampler*	newsampler(int, float, float, uvlong);
void	freesampler(Sampler*);
int	sample(Sampler*, float*);
uint	randu32(uvlong*);
float	randf32(uvlong*);
int	argmax(float*, int);

/* generate.c */
int	generate(Model*, Tokenizer*, Sampler*, char*, int);
int	chat(Model*, Tokenizer*, Sampler*, char*, char*, int);
void	putpiece(int, char*);

/* fmath.c */
float	fexp(float);
float	fsin(float);
float	fcos(float);

/* cmd.c */
void	runmain(int, char**, char*);

/* util.c */
u32int	get32(uchar*);
float	getfloat(uchar*);
void*	emalloc(vlong);
