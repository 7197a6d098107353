/*
 * asm2gas: translate a Plan 9 amd64 assembler file (6a syntax) into
 * GNU as, so that the host build runs the very instructions of simd/ .s files.
 *	asm2gas file.s > file.S
 * Each TEXT f(SB) becomes p9_f, entered with the Plan 9 convention
 * (first argument in BP, the rest at 8(SP), 16(SP), ... as name+off(FP)
 * sees them, any register clobbered), and a System V trampoline f that
 * C calls: it saves the callee-saved registers, lays the arguments out
 * and calls p9_f. The number of arguments is one more than the highest
 * name+off(FP) slot the function uses (at least one, BP). Frames must
 * be $0. Only the instructions listed in ops[] are known, and CALL of
 * another TEXT (of any of the files), which calls its p9_f with the
 * registers as they are;
 * anything else is an error, never a guess. Linux-only tool: plain C.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdarg.h>

typedef struct Op Op;
struct Op {
	char	*p9;
	char	*gas;
	int	size;		/* general register width: 8 4 2 1; 0 for none */
	int	swap;		/* CMP: Plan 9 compares first to second */
};

static Op ops[] = {
	{"MOVQ", "movq", 8}, {"MOVL", "movl", 4}, {"LEAQ", "leaq", 8},
	{"ADDQ", "addq", 8}, {"SUBQ", "subq", 8}, {"XORQ", "xorq", 8},
	{"ANDQ", "andq", 8}, {"ORQ", "orq", 8}, {"SHLQ", "shlq", 8},
	{"SHRQ", "shrq", 8}, {"SARQ", "sarq", 8}, {"INCQ", "incq", 8},
	{"DECQ", "decq", 8}, {"CMPQ", "cmpq", 8, 1}, {"CMPL", "cmpl", 4, 1},
	{"ADDL", "addl", 4}, {"SUBL", "subl", 4}, {"ANDL", "andl", 4}, {"SHRL", "shrl", 4},
	{"CPUID", "cpuid"},
	{"JMP", "jmp"}, {"JEQ", "je"}, {"JNE", "jne"}, {"JLT", "jl"},
	{"JLE", "jle"}, {"JGT", "jg"}, {"JGE", "jge"}, {"JCS", "jb"},
	{"JCC", "jae"}, {"JHI", "ja"}, {"JLS", "jbe"},
	{"RET", "ret"},
	{"MOVUPS", "movups"}, {"MOVAPS", "movaps"}, {"MOVSS", "movss"},
	{"MOVOU", "movdqu"}, {"MOVO", "movdqa"},
	{"ADDPS", "addps"}, {"SUBPS", "subps"}, {"MULPS", "mulps"},
	{"DIVPS", "divps"}, {"MAXPS", "maxps"}, {"MINPS", "minps"},
	{"ADDSS", "addss"}, {"MULSS", "mulss"}, {"DIVSS", "divss"},
	{"XORPS", "xorps"}, {"ANDPS", "andps"}, {"SHUFPS", "shufps"}, {"PSHUFL", "pshufd"},
	{"UNPCKLPS", "unpcklps"}, {"UNPCKHPS", "unpckhps"},
	{"MOVLHPS", "movlhps"}, {"MOVHLPS", "movhlps"},
	{"CVTPL2PS", "cvtdq2ps"}, {"CVTSL2SS", "cvtsi2ssl", 4},
	{"PXOR", "pxor"}, {"PADDL", "paddd"}, {"PADDW", "paddw"}, {"PMADDWL", "pmaddwd"},
	{"PUNPCKLBW", "punpcklbw"}, {"PUNPCKHBW", "punpckhbw"}, {"PSRAW", "psraw"}, {"PSLLW", "psllw"}, {"PSRAL", "psrad"}, {"PAND", "pand"}, {"PCMPEQW", "pcmpeqw"},
	{"PCMPEQL", "pcmpeqd"}, {"PSRLL", "psrld"}, {"PSUBL", "psubd"}, {"CVTTPS2PL", "cvttps2dq"},
	{"PACKSSLW", "packssdw"}, {"PACKUSWB", "packuswb"},
	{"ADDPD", "addpd"}, {"SUBPD", "subpd"}, {"MULPD", "mulpd"},
	{"CVTPS2PD", "cvtps2pd"}, {"CVTPD2PS", "cvtpd2ps"}, {"PADDQ", "paddq"}, {"PSLLQ", "psllq"},
	{"PCMPGTL", "pcmpgtd"}, {"PUNPCKLQDQ", "punpcklqdq"}, {"MOVMSKPS", "movmskps", 4},
	{"POR", "por"}, {"ANDNPS", "andnps"}, {"BSFQ", "bsfq", 8},
	{"MOVWLZX", "movzwl", 4}, {"PSRLW", "psrlw"}, {"PSUBW", "psubw"},
	{"MOVBLSX", "movsbl", 4}, {"PUNPCKLWL", "punpcklwd"}, {"PUNPCKHWL", "punpckhwd"}, {"PSLLL", "pslld"},
	{"PUNPCKLLQ", "punpckldq"}, {"PUNPCKHLQ", "punpckhdq"}, {"PCMPEQB", "pcmpeqb"},
	{NULL, NULL},
};

static char *reg64[] = {"AX", "rax", "BX", "rbx", "CX", "rcx", "DX", "rdx", "SI", "rsi",
	"DI", "rdi", "BP", "rbp", "SP", "rsp", "R8", "r8", "R9", "r9", "R10", "r10",
	"R11", "r11", "R12", "r12", "R13", "r13", "R14", "r14", "R15", "r15", NULL};

static char *file;
static void emit(char*, ...);
static int lineno;
static char fn[128];
static int nargs;

static void
die(char *msg, char *what)
{
	fprintf(stderr, "asm2gas: %s:%d: %s: %s\n", file, lineno, msg, what);
	exit(1);
}

/* the GNU name of register r at width size (0: XMM or 64-bit) */
static int
reg(char *r, int size, char *out)
{
	int i;

	if(r[0] == 'X' && isdigit((unsigned char)r[1])){
		sprintf(out, "%%xmm%s", r+1);
		return 1;
	}
	for(i = 0; reg64[i]; i += 2)
		if(strcmp(r, reg64[i]) == 0)
			break;
	if(reg64[i] == NULL)
		return 0;
	if(size == 0 || size == 8)
		sprintf(out, "%%%s", reg64[i+1]);
	else if(reg64[i+1][1] >= '0' && reg64[i+1][1] <= '9')
		sprintf(out, "%%%s%s", reg64[i+1], size == 4 ? "d" : size == 2 ? "w" : "b");
	else if(size == 4)
		sprintf(out, "%%e%s", reg64[i+1]+1);
	else
		die("register width not supported", r);
	return 1;
}

/* one operand: $imm, register, label, off(R), off(R)(I*s), name+off(FP) */
static void
operand(char *s, int size, char *out)
{
	char base[16], idx[16], r1[16], r2[16], *p;
	long off;
	int scale, n;

	while(isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while(n > 0 && isspace((unsigned char)s[n-1]))
		s[--n] = 0;
	if(s[0] == '$'){
		sprintf(out, "$%s", s+1);
		return;
	}
	if(reg(s, size, out))
		return;
	p = strstr(s, "(FP)");
	if(p != NULL){
		p = strpbrk(s, "+-");
		if(p == NULL)
			die("bad FP reference", s);
		off = strtol(p, NULL, 0);
		if(off/8 + 1 > nargs)
			nargs = off/8 + 1;
		sprintf(out, "%ld(%%rsp)", off + 8);
		return;
	}
	p = strchr(s, '(');
	if(p == NULL){	/* a label */
		sprintf(out, ".L%s_%s", fn, s);
		return;
	}
	off = p == s ? 0 : strtol(s, NULL, 0);
	if(sscanf(p, "(%15[A-Z0-9])(%15[A-Z0-9]*%d)", base, idx, &scale) == 3){
		if(!reg(base, 8, r1) || !reg(idx, 8, r2))
			die("bad address", s);
		sprintf(out, "%ld(%s,%s,%d)", off, r1, r2, scale);
		return;
	}
	if(sscanf(p, "(%15[A-Z0-9])", base) == 1 && reg(base, 8, r1)){
		sprintf(out, "%ld(%s)", off, r1);
		return;
	}
	die("bad operand", s);
}

static void
instr(char *s)
{
	char name[32], *args, *a[4], out[4][64];
	int n, i, j;
	Op *o;

	while(isspace((unsigned char)*s))
		s++;
	if(*s == 0)
		return;
	if(sscanf(s, "%31s", name) != 1)
		return;
	args = s + strlen(name);
	if(strcmp(name, "BYTE") == 0 || strcmp(name, "WORD") == 0 || strcmp(name, "LONG") == 0){
		while(isspace((unsigned char)*args))
			args++;
		if(*args != '$')
			die("data needs $value", s);
		emit("\t.%s %s\n", name[0] == 'B' ? "byte" : name[0] == 'W' ? "short" : "long", args+1);
		return;
	}
	if(strcmp(name, "CALL") == 0){	/* another TEXT, entered as it enters p9_f */
		n = 0;
		if(sscanf(args, " %31[A-Za-z0-9_](SB)%n", name, &n) != 1 || n == 0)
			die("CALL needs f(SB)", s);
		emit("\tcall p9_%s\n", name);
		return;
	}
	for(o = ops; o->p9; o++)
		if(strcmp(o->p9, name) == 0)
			break;
	if(o->p9 == NULL)
		die("unknown instruction", name);
	n = 0;
	if(*args){
		a[n++] = args;
		for(; *args; args++)
			if(*args == ',' && n < 4){
				*args = 0;
				a[n++] = args+1;
			}
	}
	for(i = 0; i < n; i++){
		while(isspace((unsigned char)*a[i]))
			a[i]++;
		if(*a[i] == 0){
			n = i;
			break;
		}
		operand(a[i], o->size, out[i]);
	}
	/* 9front's 6l puts PSRAW's opcode (0xE1) on PSRLW by an XMM or memory count */
	if(strcmp(name, "PSRLW") == 0 && n > 0 && *a[0] != '$')
		die("6l encodes PSRLW by a register or memory count as PSRAW", name);
	emit("\t%s", o->gas);
	for(i = 0; i < n; i++){
		j = o->swap ? n-1-i : i;
		emit("%s%s", i ? ", " : "\t", out[j]);
	}
	emit("\n");
}

static char body[1<<20];
static int nbody;

/* the translated body of the current function, printed after its trampoline */
static void
emit(char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	nbody += vsnprintf(body + nbody, sizeof body - nbody, fmt, args);
	va_end(args);
	if(nbody >= (int)sizeof body)
		die("function too long", fn);
}

/* the System V entry for the Plan 9 function just read */
static void
trampoline(void)
{
	static char *areg[] = {"rdi", "rsi", "rdx", "rcx", "r8", "r9"};
	int i, frame;

	if(fn[0] == 0)
		return;
	if(nargs < 1)
		nargs = 1;
	if(nargs > 16){
		lineno = 0;
		die("more than 16 arguments", fn);
	}
	frame = 8*((nargs+1)/2*2);
	printf("\t.text\n\t.globl %s\n\t.type %s, @function\n%s:\n", fn, fn, fn);
	printf("\tpushq %%rbx\n\tpushq %%rbp\n\tpushq %%r12\n\tpushq %%r13\n\tpushq %%r14\n\tpushq %%r15\n");
	printf("\tsubq $%d, %%rsp\n", frame);
	for(i = 0; i < nargs && i < 6; i++)
		printf("\tmovq %%%s, %d(%%rsp)\n", areg[i], 8*i);
	/* the seventh on are on the caller's stack, above the return address and the six saved registers */
	for(; i < nargs; i++)
		printf("\tmovq %d(%%rsp), %%rax\n\tmovq %%rax, %d(%%rsp)\n", frame + 56 + 8*(i-6), 8*i);
	printf("\tmovq %%rdi, %%rbp\n\tcall p9_%s\n\taddq $%d, %%rsp\n", fn, frame);
	printf("\tpopq %%r15\n\tpopq %%r14\n\tpopq %%r13\n\tpopq %%r12\n\tpopq %%rbp\n\tpopq %%rbx\n\tret\n");
	printf("\t.size %s, .-%s\n", fn, fn);
	printf("\t.globl p9_%s\np9_%s:\n", fn, fn);
	fwrite(body, 1, nbody, stdout);
	nbody = 0;
}

int
main(int argc, char **argv)
{
	char line[1024], *p, *q, *stmt, name[128];
	FILE *f;
	int incomment;

	if(argc != 2){
		fprintf(stderr, "usage: asm2gas file.s\n");
		return 2;
	}
	file = argv[1];
	f = fopen(file, "r");
	if(f == NULL){
		perror(file);
		return 1;
	}
	printf("# generated by test/asm2gas from %s: do not edit\n", file);
	incomment = 0;
	while(fgets(line, sizeof line, f)){
		lineno++;
		for(p = line; *p; p++){	/* blank out comments */
			if(incomment){
				if(p[0] == '*' && p[1] == '/'){
					incomment = 0;
					p[1] = ' ';
				}
				*p = ' ';
				continue;
			}
			if(p[0] == '/' && p[1] == '*'){
				incomment = 1;
				p[0] = p[1] = ' ';
				p++;
				continue;
			}
			if(p[0] == '/' && p[1] == '/'){
				*p = 0;
				break;
			}
		}
		p = line;
		while(isspace((unsigned char)*p))
			p++;
		if(*p == 0)
			continue;
		if(strncmp(p, "TEXT", 4) == 0 && isspace((unsigned char)p[4])){
			trampoline();
			if(sscanf(p+4, " %127[A-Za-z0-9_](SB)", name) != 1)
				die("bad TEXT", p);
			q = strchr(p, '$');
			if(q == NULL || strtol(q+1, NULL, 0) != 0)
				die("frame must be $0", p);
			strcpy(fn, name);
			nargs = 0;
			continue;
		}
		if(fn[0] == 0)
			die("instruction outside TEXT", p);
		q = strchr(p, ':');
		if(q != NULL && q > p && strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == (size_t)(q - p)){
			*q = 0;
			emit(".L%s_%s:\n", fn, p);
			p = q+1;
		}
		for(stmt = strtok(p, ";"); stmt; stmt = strtok(NULL, ";"))
			instr(stmt);
	}
	trampoline();
	printf("\t.section .note.GNU-stack,\"\",@progbits\n");
	return 0;
}
