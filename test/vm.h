/* a QEMU machine driven through its serial console (qemu.c) */
typedef struct Vm Vm;
struct Vm {
	int	pid;		/* qemu; 0 once reaped */
	int	in;		/* to its console */
	int	out;		/* from its console */
	char	*log;		/* all the console said, NUL-terminated */
	long	nlog;
	long	mark;		/* what expect has matched up to */
	char	*fail[8];	/* text that ends the run when the console prints it */
	int	nfail;
	char	*status;	/* qemu's exit status once reaped */
};

enum {	/* what the console is waiting for, as vmstate reads a transcript */
	Snone,
	Sbios,		/* the BIOS is looking for something to boot */
	Sloader,	/* 9boot's > prompt */
	Sbootargs,	/* bootargs is (tcp, tls, il, local!device)[...] */
	Suser,		/* user[glenda]: */
	Src,		/* an rc prompt, term% or cpu% */
	Spanic,		/* the kernel panicked */
	Snoboot,	/* the BIOS found nothing to boot */
};

Vm*	vmstart(char**);
int	vmexpect(Vm*, char*, int);
int	vmend(Vm*, int);
int	vmsend(Vm*, char*);
int	vmscript(Vm*, char*);
void	vmstop(Vm*);
void	vmfree(Vm*);
int	vmstate(char*);
char*	unescape(char*);

/* FAT disks carried between host and VM, built and read with mtools (fat.c) */
int	fatmake(char*, int);
int	fatput(char*, char*, char*);
int	fatget(char*, char*, char*);
