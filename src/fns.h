/* arch/arch.c */
Arch*	archbyname(char*);
int	archdetect(Config*, char*, char*);
float	ropefreq(Config*, int, int);

/* model.c */
Model*	openmodel(char*);
Model*	openmodelq(char*, int);
void	freemodel(Model*);
State*	newstate(Config*, int);
State*	newbatch(Config*, int);
vlong	statebytes(Config*, int);
void	freestate(State*);
int	checkconfig(Config*);
int	setdims(Config*, vlong*);
int	loadquant(Model*, int);
vlong	nparams(Config*);

/* weights.c */
int	allocmats(Model*);
vlong	loadbytes(Model*, vlong, int);
int	arrange(Model*);
int	topanels(Model*);
int	torows(Model*);
void	matrow(float*, float*, int, int, int);

/* format/bin.c */
int	binprobe(uchar*, int);
int	binload(Model*, int, uchar*);
int	binwrite(Model*, int, int, int);
int	bincheck(Config*);
int	binalloc(Model*);

/* quant.c */
int	groupsize(Config*, int);
void	quantrow(schar*, float*, float*, vlong, int);
float	groupscale(float*, int);
float	rnd(float);

/* forward.c */
float*	forward(Model*, State*, int, int);
int	forwardn(Model*, State*, int*, int, int);
float*	forwardb(Model*, State*, Seq*, int, int);

/* simd/port.c: portable kernels, and those built on the dispatched ones */
void	matvecc(float*, float*, float*, int, int, int);
void	matvecpc(float*, float*, float*, int, int);
void	matvec4pc(float*, int, float*, int, float*, int, int);
void	matvecp(float*, float*, float*, int, int, int, int);
void	matvec4p(float*, int, float*, int, float*, int, int, int, int);
void	qmatmulc(float*, schar*, float*, schar*, float*, int, int, int);
void	qmatmulfrom(float*, schar*, float*, schar*, float*, int, int, int, int);
void	qmatmul4c(float*, int, schar*, float*, int, schar*, float*, int, int, int);
float	rmsscale(float*, int);
void	rmsscalec(float*, float*, float*, float, int);
float	maxc(float*, int);
int	argmaxc(float*, int);
float	expsumc(float*, int, float, float);
void	divc(float*, float, int);
void	wsumc(float*, float*, float*, int, int, int);
void	addc(float*, float*, int);
void	quantizec(schar*, float*, float*, int, int);
void	matmul(float*, float*, float*, int, int);
void	rmsnorm(float*, float*, float*, int);
void	softmax(float*, int);

/* simd/gquant.c: matrices in their GGUF types */
void	gquantinit(void);
void	gquantize(schar*, float*, int*, float*, int);
int	gblock(int, int*);
void	gmatmulc(float*, Mat*, int, int, int, schar*, float*, int*, float*);
uchar*	growat(Mat*, vlong, vlong*);
int	eightblock(int);
void	toeights(Mat*, vlong, uchar*, int);
void	gmatmul4c(float*, int, Mat*, int, int, int, schar*, float*, int*, float*);
int	gneedsq(int);
float*	halftable(void);
void	ksums4c(int*, uchar*, schar*);
void	kscale(int, uchar*, int*, int*);
void	ksums6c(int*, uchar*, schar*);

/* simd/amd64.c or simd/generic.c: dispatched kernels */
extern	int	usesimd;
extern	int	useavx;
extern	int	useavx2;
extern	int	usevnni;
extern	int	usessse3;
int	avx(void);
int	f16c(void);
int	avx2(void);
int	vnni(void);
int	ssse3(void);
int	ssse3type(int);
void	matvec(float*, float*, float*, int, int, int);
void	matvec4(float*, int, float*, int, float*, int, int, int);
void	matvecpk(float*, float*, float*, int, int);
void	matvec4pk(float*, int, float*, int, float*, int, int);
void	qmatmul(float*, schar*, float*, schar*, float*, int, int, int);
void	qmatmul4(float*, int, schar*, float*, int, schar*, float*, int, int, int);
void	gmatmul(float*, Mat*, int, int, int, schar*, float*, int*, float*);
void	gmatmul4(float*, int, Mat*, int, int, int, schar*, float*, int*, float*);
void	ksums4(int*, uchar*, schar*);
void	ksums6(int*, uchar*, schar*);
void	quantize(schar*, float*, float*, int, int);
void	wsum(float*, float*, float*, int, int, int);
void	vadd(float*, float*, int);
void	divv(float*, float, int);
void	rmsscalev(float*, float*, float*, float, int);
float	maxv(float*, int);
int	argmax(float*, int);
float	expsum(float*, int, float);
float	readmem(float*, vlong);

/* parallel.c */
extern	int	nthreads;
int	ncpu(void);
void	threadsinit(int);
void	parallel(void (*)(void*, int, int), void*, int, int);

/* format/gguf.c */
Gguf*	ggufparse(int, vlong);
void	gguffree(Gguf*);
Gkv*	ggufkey(Gguf*, char*);
int	ggufload(Model*, int, int);
Tokenizer*	gguftokenizer(Gguf*);
Tokenizer*	ggufpathtokenizer(char*);
int	tensorsize(int, uvlong, vlong*);
int	dequant(int, uchar*, float*, vlong);
float	half(u16int);
float	bf16(u16int);

/* format/ggufwrite.c */
int	ggufwrite(Model*, Tokenizer*, int, int);
int	ggufcheck(Config*);
u16int	tohalf(float);
int	quantblock(int, float*, uchar*);

/* format/kquant.c */
void	kquantize(int, float*, uchar*);

/* format/stwrite.c */
int	stwrite(Model*, int, int);
char*	stconfig(Model*);
int	stcheck(Config*);

/* format/safetensors.c */
int	stprobe(uchar*, int, vlong);
int	stload(Model*, int, int);
char*	beside(char*, char*);

/* format/hftok.c */
Tokenizer*	hftokenizer(char*, int);
int	hfwrite(Tokenizer*, int);
int	hfwriteconfig(Tokenizer*, int);

/* format/json.c */
Json*	jsonparse(char*, long);
void	jsonfree(Json*);
Json*	jsonget(Json*, char*);
char*	jsonstr(Json*, char*);
int	jsonint(Json*, char*, vlong*);
Json*	readjson(char*, vlong);

/* tokenizer.c */
Tokenizer*	opentokenizer(char*, int);
Tokenizer*	newtokenizer(char**, float*, int);
void	freetokenizer(Tokenizer*);
int	encode(Tokenizer*, char*, int, int, int*);
int	encodestop(Tokenizer*, char*, int, int, int*, int (*)(void*), void*);
int	mergepairs(Pairs*, int*, int);
int	stopping(Pairs*, int);
void	freepairs(Pairs*);
char*	decode(Tokenizer*, int, int);
int	lookup(Tokenizer*, char*);
char*	spspell(char*);
char*	spunspell(char*);
Tokenizer*	alloctokenizer(int);
int	finishtokenizer(Tokenizer*);

/* bpe.c */
Tokenizer*	newbpe(char**, uchar*, int, char**, int, int, int);
int	bpeencode(Tokenizer*, char*, int*, Pairs*);
char*	mergeline(Tokenizer*, int);
int	prebyname(char*);
char*	prename(int);

/* pretok.c */
char*	pretoken(int, char*);

/* unicode.c, made by test/mkunicode.mjs */
extern Rune	uletter[][2];
extern int	nuletter;
extern Rune	unumber[][2];
extern int	nunumber;

/* sampler.c */
Sampler*	newsampler(int, float, float, uvlong);
void	freesampler(Sampler*);
int	sample(Sampler*, float*);
uint	randu32(uvlong*);
float	randf32(uvlong*);

/* generate.c */
int	generate(Model*, Tokenizer*, Sampler*, char*, int, Gen*);
int	genbegin(Genjob*, Model*, Tokenizer*, Sampler*, char*, int, Gen*);
int	genrows(Genjob*, Seq*, int, int*);
int	genlogits(Genjob*);
int	genfinished(Genjob*);
int	genalone(Genjob*);
int	genbatch(State*, Genjob**, int, int*);
void	genstep(Genjob*, int, float*);
int	genend(Genjob*);
char*	shownpiece(Tokenizer*, int, int);
int	chatrun(Model*, Tokenizer*, Tmpl*, Sampler*, char*, char*, int);

/* template.c */
Tmpl*	tmplbyname(char*);
Tmpl*	tmpldetect(char*);
Tmpl*	tmplfor(Model*, Tokenizer*);
int	tmplturn(Tmpl*, Tokenizer*, char*, char*, int, int*);
int	tmplclose(Tmpl*, Tokenizer*, int*);
int	tmplroom(Tmpl*, char*, char*);
char*	tmpltext(Tmpl*, char*, char*, char*, char*, int);
int	tmpleot(Tmpl*, Tokenizer*, int);

/* stops.c */
int	stopsset(Stops*, char**, int);
void	stopsfree(Stops*);
int	stopsput(Stops*, char*, Gen*);
void	stopsflush(Stops*, Gen*);

/* chat.c */
Chat*	newchat(Model*, Tokenizer*, Tmpl*, int);
void	freechat(Chat*);
int	chatsystem(Chat*, char*);
int	chatstops(Chat*, char**, int);
void	chatreset(Chat*);
int	chatturn(Chat*, char*, Sampler*, int, Gen*);
int	chatbegin(Chat*, Genjob*, char*, Sampler*, int, Gen*);
int	chatend(Chat*, Genjob*);

/* fmath.c */
float	fexp(float);
extern	uvlong	exp2tab[32];
extern	uvlong	expk[20];
float	fsin(float);
float	fcos(float);

/* cmd.c */
void	runmain(int, char**, char*);

/* util.c */
u32int	get32(uchar*);
float	getfloat(uchar*);
void*	emalloc(vlong);
void*	emallocline(vlong);
char*	readfile(char*, vlong, vlong*);
char*	numarg(char*, double, double, double*);
char*	intarg(char*, vlong, vlong, vlong*);
char*	seedarg(char*, uvlong*);
char*	temparg(char*, double*);
void	ieeefp(void);

/* format/wbuf.c */
int	wbopen(Wbuf*, int, long);
void	wbput(Wbuf*, void*, vlong);
void	wbput32(Wbuf*, u32int);
void	wbput64(Wbuf*, uvlong);
int	wbclose(Wbuf*);

/* pool/pool.c */
void	poolinit(Pool*);
int	poolload(Pool*, char*, char*, char*, char*);
Poolent*	poolget(Pool*, char*);
void	poolput(Pool*, Poolent*);
int	poolunload(Pool*, char*);
int	poollimit(Pool*, int, vlong);
int	poolcount(Pool*);
int	poolloading(Pool*);
void	poolhold(Pool*, Poolent*);
vlong	poolbytes(Pool*);
char*	poollist(Pool*);
vlong	entbytes(Poolent*);
