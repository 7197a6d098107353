/*
 * The FAT disk that carries sources, models and results between the
 * host and a 9front VM (dossrv reads it there), made and read with mtools.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "vm.h"

/* run an mtools program; its complaint becomes the error */
static int
mtool(char **argv)
{
	char *prog, *err, *msg;
	int r;

	prog = findprog(argv[0]);
	if(prog == nil){
		werrstr("%s: not installed (mtools)", argv[0]);
		return -1;
	}
	argv[0] = prog;
	r = runprog(argv, nil, &err);
	if(r != 0){
		if(err != nil && (r = strlen(err)) > 0 && err[r-1] == '\n')
			err[r-1] = 0;
		msg = err != nil && err[0] ? err : "failed";
		if(strncmp(msg, prog, strlen(prog)) == 0)	/* mtools name themselves by argv[0] */
			werrstr("%s%s", strrchr(prog, '/')+1, msg+strlen(prog));
		else
			werrstr("%s", msg);
		r = -1;
	}
	free(err);
	free(prog);
	return r;
}

/* a new FAT32 disk image of mb megabytes, label 9ML */
int
fatmake(char *img, int mb)
{
	char *argv[16], sectors[32];

	snprint(sectors, sizeof sectors, "%d", mb*2048);
	remove(img);
	argv[0] = "mformat";
	argv[1] = "-C";
	argv[2] = "-F";
	argv[3] = "-i";
	argv[4] = img;
	argv[5] = "-T";
	argv[6] = sectors;
	argv[7] = "-h";
	argv[8] = "64";
	argv[9] = "-s";
	argv[10] = "32";
	argv[11] = "-v";
	argv[12] = "9ML";
	argv[13] = "::";
	argv[14] = nil;
	return mtool(argv);
}

/* build products and the npm cache stay on the host */
static int
hostonly(char *name)
{
	int n;

	n = strlen(name);
	return name[0] == '.' || strcmp(name, "node_modules") == 0 || strcmp(name, "bin") == 0
		|| (n > 2 && name[n-2] == '.' && name[n-1] == 'o');
}

/* copy the file or tree at path onto the disk as ::to */
int
fatput(char *img, char *path, char *to)
{
	char *argv[8], *p, *t, *dst;
	Dir *d, *ents;
	long i, n;
	int fd, r, isdir;

	d = dirstat(path);
	if(d == nil)
		return -1;
	isdir = d->mode & DMDIR;
	free(d);
	dst = smprint("::%s", to);
	n = 0;
	argv[n++] = isdir ? "mmd" : "mcopy";
	argv[n++] = "-i";
	argv[n++] = img;
	if(!isdir)
		argv[n++] = path;
	argv[n++] = dst;
	argv[n] = nil;
	r = mtool(argv);
	free(dst);
	if(r < 0 || !isdir)
		return r;
	if((fd = open(path, OREAD)) < 0)
		return -1;
	n = dirreadall(fd, &ents);
	close(fd);
	for(i = 0; i < n && r == 0; i++){
		if(hostonly(ents[i].name))
			continue;
		p = smprint("%s/%s", path, ents[i].name);
		t = smprint("%s/%s", to, ents[i].name);
		r = fatput(img, p, t);
		free(p);
		free(t);
	}
	if(n > 0)
		free(ents);
	return r;
}

/* copy ::from (a file or a tree) off the disk to the host path to */
int
fatget(char *img, char *from, char *to)
{
	char *argv[8];
	int r;

	argv[0] = "mcopy";
	argv[1] = "-s";
	argv[2] = "-n";
	argv[3] = "-i";
	argv[4] = img;
	argv[5] = smprint("::%s", from);
	argv[6] = to;
	argv[7] = nil;
	r = mtool(argv);
	free(argv[5]);
	return r;
}
