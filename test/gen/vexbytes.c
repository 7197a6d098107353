/*
 * vexbytes: the BYTE lines of instructions 6a has no mnemonic for
 * (AVX2's VEX-encoded ones, XGETBV), made and checked by GNU as.
 *	vexbytes 'vpmaddwd %ymm1, %ymm2, %ymm3' ...
 * prints each instruction's line for a .s file: its bytes, and the
 * instruction (AT&T syntax) in the comment.
 *	vexbytes -c file.s|dir ...
 * checks every BYTE line of the files (a directory: its .s files) whose
 * comment is such an instruction, a lower-case mnemonic (or {vex} and
 * one: AVX-VNNI's, which as makes EVEX without it), against what
 * as makes of it; it names each line that differs and exits 1. Lines
 * whose comment starts otherwise (PREFETCHT0 0(BP): 6a's syntax) are
 * not checked. Linux-only tool: plain C.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <dirent.h>
#include <unistd.h>

typedef struct Insn Insn;
struct Insn {
	char	*text;
	char	*where;		/* file:line, checking */
	unsigned char	bytes[32];
	int	nbytes;
};

static Insn *insns;
static int ninsn;
static char tmp[64];

static void
add(char *text, char *where, unsigned char *b, int nb)
{
	Insn *in;

	insns = realloc(insns, (ninsn+1)*sizeof insns[0]);
	if(insns == NULL){
		fprintf(stderr, "vexbytes: out of memory\n");
		exit(2);
	}
	in = &insns[ninsn++];
	in->text = strdup(text);
	in->where = where ? strdup(where) : NULL;
	memcpy(in->bytes, b, nb);
	in->nbytes = nb;
}

/* a BYTE line: its bytes, and a comment that is a gas instruction */
static void
scanline(char *s, char *where)
{
	unsigned char b[32];
	char *c, *e, *p;
	int nb;

	c = strstr(s, "/*");
	if(c == NULL || strstr(s, "BYTE") == NULL || strstr(s, "BYTE") > c)
		return;
	c += 2;
	while(*c == ' ' || *c == '\t')
		c++;
	if(!islower((unsigned char)*c) && strncmp(c, "{vex} ", 6) != 0)
		return;
	e = strstr(c, "*/");
	if(e == NULL)
		return;
	while(e > c && isspace((unsigned char)e[-1]))
		e--;
	*e = 0;
	nb = 0;
	for(p = s; (p = strstr(p, "BYTE")) != NULL && p < c && nb < 32; p += 4){
		p += 4;
		while(*p == ' ' || *p == '\t')
			p++;
		if(*p != '$')
			break;
		b[nb++] = strtoul(p+1, NULL, 0);
	}
	add(c, where, b, nb);
}

static void
scanfile(char *file)
{
	char line[1024], where[512];
	FILE *f;
	int n;

	f = fopen(file, "r");
	if(f == NULL){
		perror(file);
		exit(2);
	}
	for(n = 1; fgets(line, sizeof line, f) != NULL; n++){
		snprintf(where, sizeof where, "%s:%d", file, n);
		scanline(line, where);
	}
	fclose(f);
}

static void
scan(char *path)
{
	char file[1024];
	struct dirent *d;
	DIR *dir;
	int n;

	dir = opendir(path);
	if(dir == NULL){
		scanfile(path);
		return;
	}
	while((d = readdir(dir)) != NULL){
		n = strlen(d->d_name);
		if(n > 2 && strcmp(d->d_name + n - 2, ".s") == 0){
			snprintf(file, sizeof file, "%s/%s", path, d->d_name);
			scanfile(file);
		}
	}
	closedir(dir);
}

/* each instruction's bytes as as makes them: labels v0 ... before each, offsets by nm */
static long *
assemble(unsigned char **text)
{
	char cmd[512], line[256], name[64];
	unsigned long off;
	long *at, n;
	FILE *f;
	int i;

	snprintf(tmp, sizeof tmp, "/tmp/vexbytes%d", (int)getpid());
	snprintf(cmd, sizeof cmd, "%s.s", tmp);
	f = fopen(cmd, "w");
	if(f == NULL){
		perror(cmd);
		exit(2);
	}
	fprintf(f, "\t.text\n");
	for(i = 0; i < ninsn; i++)
		fprintf(f, "v%d:\n\t%s\n", i, insns[i].text);
	fprintf(f, "v%d:\n", ninsn);
	fclose(f);
	snprintf(cmd, sizeof cmd, "as --64 -o %s.o %s.s && objcopy -O binary -j .text %s.o %s.bin && nm %s.o > %s.nm",
		tmp, tmp, tmp, tmp, tmp, tmp);
	if(system(cmd) != 0){
		fprintf(stderr, "vexbytes: as refused an instruction (above)\n");
		exit(2);
	}
	at = calloc(ninsn+1, sizeof at[0]);
	snprintf(cmd, sizeof cmd, "%s.nm", tmp);
	f = fopen(cmd, "r");
	while(f != NULL && fgets(line, sizeof line, f) != NULL)
		if(sscanf(line, "%lx %*s v%63s", &off, name) == 2 && (i = atoi(name)) >= 0 && i <= ninsn)
			at[i] = off;
	if(f != NULL)
		fclose(f);
	snprintf(cmd, sizeof cmd, "%s.bin", tmp);
	f = fopen(cmd, "r");
	*text = malloc(at[ninsn] + 1);
	n = f != NULL ? (long)fread(*text, 1, at[ninsn], f) : 0;
	if(f != NULL)
		fclose(f);
	if(n != at[ninsn]){
		fprintf(stderr, "vexbytes: cannot read what as made\n");
		exit(2);
	}
	snprintf(cmd, sizeof cmd, "rm -f %s.s %s.o %s.bin %s.nm", tmp, tmp, tmp, tmp);
	system(cmd);
	return at;
}

int
main(int argc, char **argv)
{
	unsigned char *text, *b;
	long *at, n;
	int i, j, bad, check;

	check = argc > 1 && strcmp(argv[1], "-c") == 0;
	if(argc < 2 + check){
		fprintf(stderr, "usage: vexbytes instruction ... | vexbytes -c file.s|dir ...\n");
		return 2;
	}
	for(i = 1 + check; i < argc; i++)
		if(check)
			scan(argv[i]);
		else
			add(argv[i], NULL, NULL, 0);
	if(ninsn == 0){
		if(check)
			printf("0 instructions checked\n");
		return 0;
	}
	at = assemble(&text);
	bad = 0;
	for(i = 0; i < ninsn; i++){
		b = text + at[i];
		n = at[i+1] - at[i];
		if(!check){
			printf("\t");
			for(j = 0; j < n; j++)
				printf("BYTE $0x%02X%s", b[j], j+1 < n ? "; " : "");
			printf("\t/* %s */\n", insns[i].text);
			continue;
		}
		if(n != insns[i].nbytes || memcmp(b, insns[i].bytes, n) != 0){
			printf("%s: %s: as makes", insns[i].where, insns[i].text);
			for(j = 0; j < n; j++)
				printf(" %02X", b[j]);
			printf("\n");
			bad = 1;
		}
	}
	if(check)
		printf("%d instructions checked\n", ninsn);
	return bad;
}
