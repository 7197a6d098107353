/*
 * The 9front VM tier: what needs no image runs here (the FAT disk, the
 * console scripts and transcripts, time-outs against a real QEMU); the
 * build and tests inside 9front run when an installed image exists.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "vm.h"

static char *qemu = "qemu-system-x86_64";

/* the installed image; without one the test is not run */
static char*
image(void)
{
	char *s;

	s = getenv("NINEFRONT_IMAGE");
	if(s != nil && *s != 0)
		return s;
	if(access("qemu/9front.qcow2", AREAD) == 0)
		return "qemu/9front.qcow2";
	notrun("no 9front image (see qemu/README)");
	return nil;
}

/* qemu's command line: serial console on the pipe, image and shared disk, more args after */
static char**
qemuargs(char *img, char *shared, char **more)
{
	static char *argv[40];
	int n;

	n = 0;
	argv[n++] = qemu;
	argv[n++] = "-m"; argv[n++] = "2048";
	argv[n++] = "-smp"; argv[n++] = "2";
	argv[n++] = "-nographic"; argv[n++] = "-vga"; argv[n++] = "none";
	argv[n++] = "-monitor"; argv[n++] = "none";
	argv[n++] = "-serial"; argv[n++] = "stdio";
	argv[n++] = "-no-reboot";
	if(access("/dev/kvm", AREAD|AWRITE) == 0)
		argv[n++] = "-enable-kvm";
	if(img != nil){
		argv[n++] = "-drive";
		argv[n++] = smprint("file=%s,if=ide,index=0,media=disk,snapshot=on", img);
	}
	if(shared != nil){
		argv[n++] = "-drive";
		argv[n++] = smprint("file=%s,if=ide,index=1,media=disk,format=raw", shared);
	}
	while(more != nil && *more != nil && n < nelem(argv)-1)
		argv[n++] = *more++;
	argv[n] = nil;
	return argv;
}

static char*
script(char *name)
{
	char *s;

	s = readall(smprint("qemu/%s.script", name), nil);
	if(s == nil)
		fail("qemu/%s.script: %r", name);
	return s;
}

/* run the scripts in order on a new VM; the VM, still running, or nil */
static Vm*
boot(char **argv, char **names)
{
	Vm *vm;
	char *s;

	vm = vmstart(argv);
	if(vm == nil){
		fail("start qemu: %r");
		return nil;
	}
	for(; *names != nil; names++){
		if((s = script(*names)) == nil || vmscript(vm, s) < 0){
			if(s != nil)
				fail("%s.script: %r\nconsole:\n%s", *names, vm->log);
			vmfree(vm);
			free(s);
			return nil;
		}
		free(s);
	}
	return vm;
}

void
testfatdisk(void)
{
	char *img, *src, *dst, *a, *b, err[ERRMAX];
	uchar bin[70000];
	uvlong seed;
	long na, nb;
	int i;

	if(findprog("mformat") == nil){
		notrun("mtools not installed (.ci/run installs it)");
		return;
	}
	seed = 7;
	for(i = 0; i < sizeof bin; i++)
		bin[i] = randpm(&seed)*256;
	src = tpath("fatsrc");
	dst = tpath("fatdst");
	img = tpath("fat.img");
	check(create(src, OREAD, DMDIR|0777) >= 0 && create(tpath("fatsrc/sub"), OREAD, DMDIR|0777) >= 0, "mkdir: %r");
	writefile(tpath("fatsrc/a.txt"), "hello, 9front\n", 14);
	writefile(tpath("fatsrc/sub/model.bin"), bin, sizeof bin);
	writefile(tpath("fatsrc/skip.o"), "x", 1);
	check(fatmake(img, 40) == 0, "fatmake: %r");
	check(fatput(img, src, "/9ml") == 0, "fatput: %r");
	check(create(dst, OREAD, DMDIR|0777) >= 0, "mkdir %s: %r", dst);
	check(fatget(img, "/9ml", dst) == 0, "fatget: %r");
	a = readall(tpath("fatdst/9ml/a.txt"), &na);
	b = readall(tpath("fatdst/9ml/sub/model.bin"), &nb);
	check(a != nil && na == 14 && memcmp(a, "hello, 9front\n", 14) == 0, "a.txt differs after the round trip");
	check(b != nil && nb == sizeof bin && crc32(b, nb) == crc32(bin, sizeof bin), "model.bin differs after the round trip");
	check(access(tpath("fatdst/9ml/skip.o"), AEXIST) < 0, "an object file went onto the disk");
	check(fatget(img, "/nothing", dst) < 0, "fatget of a missing file succeeded");
	rerrstr(err, sizeof err);
	check(strcmp(err, "mcopy: File \"::/nothing\" not found") == 0, "missing file: %q", err);
	check(fatmake("/nonexistent/dir/x.img", 40) < 0, "fatmake in a missing directory succeeded");
	free(a);
	free(b);
	note("40 MB FAT32, %d-byte file back bit for bit", (int)sizeof bin);
}

void
testvmscripts(void)
{
	static char *names[] = {"iso", "install", "boot", "test", "serve", "client"};
	static struct { char *s, *err; } bad[] = {
		{"send hi\nsned hi\n", "line 2: unknown command sned"},
		{"# fine\nexpect ten bootargs\n", "line 2: expect wants seconds and text"},
		{"expect 5\n", "line 1: expect wants seconds and text"},
		{"end\n", "line 1: end needs an argument"},
		{"end x\n", "line 1: end wants seconds"},
	};
	char *s, *t, err[ERRMAX];
	int i;

	for(i = 0; i < nelem(names); i++){
		s = script(names[i]);
		check(s == nil || vmscript(nil, s) == 0, "%s.script: %r", names[i]);
		free(s);
	}
	for(i = 0; i < nelem(bad); i++){
		check(vmscript(nil, bad[i].s) < 0, "bad script %d accepted", i);
		rerrstr(err, sizeof err);
		check(strcmp(err, bad[i].err) == 0, "bad script %d: %q, want %q", i, err, bad[i].err);
	}
	t = unescape("a\\r\\n\\t\\s\\\\b\\");
	check(strcmp(t, "a\r\n\t \\b\\") == 0, "unescape: %q", t);
	free(t);
}

static char*
cut(char *log, char *upto)
{
	char *p;

	p = strstr(log, upto);
	if(p == nil)
		return strdup("");
	return bytestr(log, p - log + strlen(upto));
}

/* a console that prints a transcript, then takes input until it is killed */
static char**
replay(char *file, int stay)
{
	static char *argv[4];

	argv[0] = findprog("rc");
	if(argv[0] == nil)
		argv[0] = findprog("sh");
	argv[1] = "-c";
	argv[2] = smprint(stay ? "cat %s; cat >/dev/null" : "cat %s", file);
	argv[3] = nil;
	return argv;
}

void
testvmtranscript(void)
{
	static struct { char *file, *upto; int state; } cases[] = {
		{"seabios-noboot.txt", "SeaBIOS", Sbios},
		{"seabios-noboot.txt", nil, Snoboot},
		{"9front-iso-boot.txt", "tiltscreen=none\r\n>", Sloader},
		{"9front-iso-boot.txt", "[local!/dev/sdD0/data] ", Sbootargs},
		{"9front-iso-boot.txt", "user[glenda]: ", Suser},
		{"9front-iso-boot.txt", nil, Src},
		{"9front-panic.txt", nil, Spanic},
		{"9front-panic.txt", "swap\r\n", Snone},
	};
	char *log, *s, *names[2], err[ERRMAX];
	int i, st;
	Vm *vm;

	for(i = 0; i < nelem(cases); i++){
		log = readall(smprint("test/data/%s", cases[i].file), nil);
		check(log != nil, "test/data/%s: %r", cases[i].file);
		if(log == nil)
			continue;
		s = cases[i].upto ? cut(log, cases[i].upto) : strdup(log);
		st = vmstate(s);
		check(st == cases[i].state, "%s up to %q: state %d, want %d", cases[i].file, cases[i].upto, st, cases[i].state);
		free(s);
		free(log);
	}

	/* the ISO boot script runs to the rc prompt against the transcript */
	names[0] = "iso";
	names[1] = nil;
	vm = boot(replay("test/data/9front-iso-boot.txt", 1), names);
	check(vm != nil, "iso.script does not follow the transcript");
	if(vm != nil){
		check(vmstate(vm->log) == Src, "after iso.script: state %d", vmstate(vm->log));
	}
	vmfree(vm);

	/* a console that ends early, and one that panics */
	vm = vmstart(replay("test/data/9front-iso-boot.txt", 0));
	check(vm != nil && vmexpect(vm, "never printed", 30) < 0, "expect of text never printed succeeded");
	rerrstr(err, sizeof err);
	check(strcmp(err, "qemu exited (status ok) before 'never printed'") == 0, "console ends: %q", err);
	check(vm != nil && vm->pid == 0, "the console process was not reaped");
	vmfree(vm);
	vm = vmstart(replay("test/data/9front-panic.txt", 1));
	s = script("boot");
	check(vm != nil && s != nil && vmscript(vm, s) < 0, "boot.script went through a panic");
	rerrstr(err, sizeof err);
	check(strcmp(err, "line 4: console printed panic: while waiting for 'bootargs is'") == 0, "panic: %q", err);
	check(vm != nil && vm->pid == 0, "the panicked console was not reaped");
	free(s);
	vmfree(vm);
}

/* a real QEMU with nothing to boot: the error is clear and qemu is always reaped */
void
testvmnoboot(void)
{
	static char *more[] = {"-nodefaults", nil};
	static char *bad[] = {"-drive", "file=/nonexistent/9front.qcow2", nil};
	char err[ERRMAX];
	Vm *vm;
	int pid;
	vlong t0;

	if(findprog(qemu) == nil){
		notrun("%s not installed (.ci/run installs qemu-system-x86)", qemu);
		return;
	}
	vm = vmstart(qemuargs(nil, nil, more));
	if(vm == nil){
		fail("vmstart: %r");
		return;
	}
	pid = vm->pid;
	check(vmexpect(vm, "SeaBIOS", 120) == 0, "no BIOS on the serial console: %r\n%s", vm->log);
	t0 = nsec();
	check(vmexpect(vm, "bootargs is", 3) < 0, "a VM with no disk reached bootargs");
	rerrstr(err, sizeof err);
	check(strcmp(err, "timeout after 3s waiting for 'bootargs is'") == 0, "timeout: %q", err);
	check(vm->pid == 0 && postnote(PNPROC, pid, "kill") < 0, "qemu %d was not reaped after the timeout", pid);
	check(vmexpect(vm, "anything", 3) < 0, "expect after the end succeeded");
	note("timeout after %.1fs", (nsec()-t0)/1e9);
	vmfree(vm);

	if((vm = vmstart(qemuargs(nil, nil, more))) == nil){
		fail("vmstart: %r");
		return;
	}
	vm->fail[vm->nfail++] = strdup("No bootable device");
	check(vmexpect(vm, "bootargs is", 120) < 0, "a VM with no disk reached bootargs");
	rerrstr(err, sizeof err);
	check(strcmp(err, "console printed 'No bootable device' while waiting for 'bootargs is'") == 0, "no boot: %q", err);
	check(vm->pid == 0, "qemu was not reaped after the failure text");
	vmfree(vm);

	if((vm = vmstart(qemuargs(nil, nil, bad))) == nil){
		fail("vmstart: %r");
		return;
	}
	check(vmexpect(vm, "SeaBIOS", 120) < 0, "qemu with a missing disk booted");
	rerrstr(err, sizeof err);
	check(strncmp(err, "qemu exited (", 13) == 0 && strstr(vm->log, "/nonexistent/9front.qcow2") != nil,
		"missing disk: %q; console %q", err, vm->log);
	vmfree(vm);
}

/* the shared disk: sources, models, golden outputs, an empty /out and a Q8 model */
static char*
shareddisk(char *name)
{
	static char *dirs[] = {"src", "arch", "format", "pool", "simd", "test", "mkfile"};
	char *img, *q8;
	int i;

	img = tpath(name);
	create(tpath("fatempty"), OREAD, DMDIR|0777);
	if(fatmake(img, 256) < 0 || fatput(img, tpath("fatempty"), "/9ml") < 0){
		fail("shared disk: %r");
		return nil;
	}
	for(i = 0; i < nelem(dirs); i++)
		if(fatput(img, dirs[i], smprint("/9ml/%s", dirs[i])) < 0){
			fail("shared disk: %s: %r", dirs[i]);
			return nil;
		}
	q8 = tpath("q8.bin");
	if(exportq(mpath("stories260K.bin"), q8) != 0 || fatput(img, modeldir, "/models") < 0 || fatput(img, goldendir, "/golden") < 0
	|| fatput(img, tpath("fatempty"), "/out") < 0 || fatput(img, q8, "/out/q8.bin") < 0){
		fail("shared disk: %r");
		return nil;
	}
	return img;
}

/* every test the VM ran passed or could not run there; the summary says none failed */
static void
vmresults(char *out)
{
	char *l, *e;
	int ok, summary;

	ok = 0;
	summary = 0;
	for(l = out; l != nil && *l; l = e){
		e = strchr(l, '\n');
		if(e != nil)
			*e++ = 0;
		if(strncmp(l, "ok ", 3) == 0)
			ok++;
		else if(strncmp(l, "FAIL", 4) == 0)
			fail("in 9front: %s", l);
		else if(strstr(l, " passed, 0 failed") != nil)
			summary = 1;
	}
	check(summary, "in 9front: no summary with 0 failed");
	note("%d tests passed in 9front", ok);
}

void
testvmbuild(void)
{
	static char *names[] = {"boot", "test", nil};
	char *img, *shared, *want, *got;
	Vm *vm;

	if((img = image()) == nil || (shared = shareddisk("shared.img")) == nil)
		return;
	vm = boot(qemuargs(img, shared, nil), names);
	if(vm == nil)
		return;
	vmfree(vm);
	if(fatget(shared, "/out", tmpdir) < 0){
		fail("results: %r");
		return;
	}
	vmresults(readall(tpath("out/tests.txt"), nil));
	want = runmodel("run", mpath("stories260K.bin"), mpath("tok512.bin"), "0", "42", "256");
	got = readall(tpath("out/greedy.txt"), nil);
	check(want != nil && got != nil && strcmp(want, got) == 0, "greedy run in 9front differs from the host's");
	want = runmodel("run", mpath("stories260K.bin"), mpath("tok512.bin"), "1", "42", "256");
	got = readall(tpath("out/sampled.txt"), nil);
	check(want != nil && got != nil && strcmp(want, got) == 0, "sampled run in 9front differs from the host's");
	want = runmodel("runq", tpath("q8.bin"), mpath("tok512.bin"), "0", "42", "256");
	got = readall(tpath("out/q8greedy.txt"), nil);
	check(want != nil && got != nil && strcmp(want, got) == 0, "runq in 9front differs from the host's");
}

/* the text the client printed between its markers, carriage returns dropped */
static char*
between(char *log, char *from, char *to)
{
	char *p, *e, *s, *t;

	p = strstr(log, from);
	if(p == nil || (e = strstr(p, to)) == nil)
		return nil;
	p += strlen(from);
	while(*p == '\r' || *p == '\n')
		p++;
	s = t = bytestr(p, e - p);
	for(p = s; *p; p++)
		if(*p != '\r')
			*t++ = *p;
	*t = 0;
	return s;
}

/* llm(1) in the serving VM: a completion as run's, locally and through -h, and a reply */
static void
llmscript(char *log)
{
	char *want, *got;

	want = runmodel("run", mpath("stories260K.bin"), mpath("tok512.bin"), "0", "42", "64");
	got = between(log, "9ml-llm\r\n", "9ml-llmdone");
	check(got != nil && want != nil && strcmp(got, want) == 0, "llm on the local llmfs: %q, want %q", got, want);
	free(got);
	got = between(log, "9ml-remote\r\n", "9ml-remotedone");
	check(got != nil && want != nil && strcmp(got, want) == 0, "llm -h: %q, want %q", got, want);
	free(got);
	got = between(log, "9ml-chat\r\n", "9ml-chatdone");
	check(got != nil && strstr(got, "9ml-chatok") != nil && strstr(got, "llm:") == nil, "llm -c: %q", got);
	check(got != nil && strncmp(got, "9ml-chatok", 10) != 0, "llm -c printed no reply: %q", got);
	free(got);
	free(want);
}

void
testvmllmfsremote(void)
{
	static char *sbin[] = {"boot", "serve", nil};
	static char *cbin[] = {"boot", "client", nil};
	char *img, *shared, *net[5], *got, *want;
	Vm *server, *client;
	int port;

	if((img = image()) == nil || (shared = shareddisk("serve.img")) == nil)
		return;
	port = 20000 + getpid()%10000;
	net[0] = "-netdev";
	net[1] = smprint("socket,id=n0,listen=127.0.0.1:%d", port);
	net[2] = "-device";
	net[3] = "e1000,netdev=n0";
	net[4] = nil;
	server = boot(qemuargs(img, shared, net), sbin);
	if(server == nil)
		return;
	llmscript(server->log);
	net[1] = smprint("socket,id=n0,connect=127.0.0.1:%d", port);
	client = boot(qemuargs(img, nil, net), cbin);
	if(client != nil){
		got = between(client->log, "9ml-begin\r\n", "9ml-end");
		want = runmodel("run", mpath("stories260K.bin"), mpath("tok512.bin"), "0", "42", "64");
		check(got != nil && want != nil && strcmp(got, want) == 0, "llmfs over tcp between VMs: %q, want %q", got, want);
	}
	vmfree(client);
	vmfree(server);
}
