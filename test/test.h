typedef struct Test Test;
struct Test {
	char	*name;
	void	(*fn)(void);
	int	secs;		/* how long it may run: 0 Testsecs, Ownclock no limit here */
};

enum {
	Testsecs	= 900,	/* a test still running after this has hung */
	Ownclock	= -1,	/* the VM tests: their console scripts bound every wait */
};

extern char	*modeldir;	/* ../shared/models */
extern char	*goldendir;	/* ../shared/golden */
extern char	*bindir;	/* where run and the other programs are */
extern char	*tmpdir;	/* scratch files of this run */
extern int	failed;		/* the current test has failed */

void	fail(char*, ...);
void	note(char*, ...);
void	notrun(char*, ...);
#define	check(c, ...)	if(c){}else fail(__VA_ARGS__)
char*	mpath(char*);
int	mktmpdir(char*);
void	rmtmpdir(void);
char*	tpath(char*);
char*	bpath(char*);
enum { Wc, Wsse2, Wssse3, Wavx, Wavx2, Wvnni, Nways, Wall = Wvnni };	/* the kernels' ways, setway's k; Wall: every kernel the machine has */
extern	char	*waynames[Nways];
void	setway(int);
int	runprog(char**, char**, char**);
int	runprogfor(char**, int, char**, char**);
int	runprogin(char**, char*, int, char**, char**);
long	emptyloops(long);
void	expectv(char*, char**);
void	concurrentencode(Tokenizer*, char**, int);
char*	findprog(char*);
int	exportq(char*, char*);
char*	jsonquote(char*);
char*	export1(char**);
char*	readall(char*, long*);
int	writefile(char*, void*, long);
int	copyfile(char*, char*);
char*	llmfsup(char**, int*);
char*	bytestr(char*, long);
long	memfind(uchar*, long, char*);
void	put64(uchar*, uvlong);
u32int	crc32(void*, long);
float	randpm(uvlong*);
float	fneg(float);
int	within(double, double);
char*	runmodel(char*, char*, char*, char*, char*, char*);
int	greedyagree(Model*, Model*, int);	/* dat.h comes first */
float*	layers(Mat*, int, vlong);
int	sameweights(Model*, Model*);
int	inorder(Model*);

/* the tests, one file each */
void	testfmt(void);
void	testfmath(void);
void	testrmsnorm(void);
void	testsoftmax(void);
void	testmatmul(void);
void	testrng(void);
void	testsampler(void);
void	testloading(void);
void	testgeneration(void);
void	testgolden(void);
void	testcli(void);
void	testtokenizer(void);
void	testtemplates(void);
void	testchat(void);
void	testchatrun(void);
void	benchchat(char*);	/* test/benchchat.c, run by bench */
void	benchbatch(char*, char*, char*);	/* test/benchbatch.c, run by bench */
void	testbperules(void);
void	testbpebad(void);
void	testbpellama3(void);
void	testencmerge(void);
void	testencstop(void);
void	testencllama3(void);
void	testbadinput(void);
void	testquantize(void);
void	testqmatmul(void);
void	testgenq(void);
void	testrunq(void);
void	testexport(void);
void	testq8quality(void);
void	testsimd(void);
void	testgquantdot(void);
void	testgquantkedge(void);
void	testgquantmodels(void);
void	testgquantexport(void);
void	testgquantthreads(void);
void	testkquantref(void);
void	testthreads(void);
void	testprefill(void);
void	testlibthread(void);
void	testsimdcli(void);
void	testasm2gas(void);
void	testvexbytes(void);
void	testavx2detect(void);
void	testmkinclude(void);
void	testmkbuild(void);
void	testllmfs(void);
void	testllmfsconcurrent(void);
void	testllmfsflush(void);
void	testllmfs9p(void);
void	testllmfsload(void);
void	testllmfsstorm(void);
void	testllmfsremote(void);
void	testllm(void);
void	testfatdisk(void);
void	testvmscripts(void);
void	testvmtranscript(void);
void	testvmnoboot(void);
void	testvmbuild(void);
void	testvmllmfsremote(void);
void	testpoollru(void);
void	testpoolowners(void);
void	testpoolfiles(void);
void	testllmfsauth(void);
void	testllmfsowner(void);
void	testllmfswstat(void);
void	testllmfslimits(void);
void	testllmfsslow(void);
void	testllmfsidle(void);
void	testllmfslongerr(void);
void	testfptraps(void);
void	testllmfsfp(void);
void	testllmfschat(void);
void	testllmfsbatch(void);
void	testq8batch(void);
char*	greedyrun(char*, char*, char*, char*);
char*	hugemodel(void);
void	testllmfsmemlimit(void);
void	testggufmodels(void);
void	testggufvocab(void);
void	testggufdequant(void);
void	testggufbad(void);
void	testggufexport(void);
void	testggufparse(void);
void	testggufnpm(void);
void	testpeertokens(void);
void	testsafemodels(void);
void	testjson(void);
void	testsafebad(void);
void	testsafeexport(void);
void	testarchdetect(void);
void	testarchllama3(void);
void	testarchropefreqs(void);
void	testarchexport(void);
void	testarchmistral(void);
