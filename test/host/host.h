/*
 * Host layer implementation files include the system headers first,
 * then <u.h> <libc.h> (whose prototypes become the p9 names),
 * then this file, which removes the renames so that the plain
 * names mean glibc's again.
 */
#undef memchr
#undef strcat
#undef strchr
#undef strcmp
#undef strcpy
#undef strdup
#undef strncpy
#undef strncmp
#undef strrchr
#undef strstr
#undef strlen
#undef strspn
#undef strcspn
#undef strpbrk
#undef malloc
#undef free
#undef realloc
#undef calloc
#undef print
#undef sprint
#undef snprint
#undef time
#undef main
#undef abort
#undef abs
#undef atoi
#undef atol
#undef atoll
#undef atof
#undef getenv
#undef putenv
#undef qsort
#undef strtod
#undef strtol
#undef strtoul
#undef strtoll
#undef strtoull
#undef tolower
#undef toupper
#undef open
#undef create
#undef close
#undef read
#undef write
#undef pread
#undef pwrite
#undef remove
#undef dup
#undef pipe
#undef fork
#undef exec
#undef wait
#undef sleep
#undef access
#undef chdir
#undef getpid
#undef assert

/* sys.c */
void	oserror(char *name);

/* fmt.c */
void	namedmsg(char*, int, char*, char*, int);
extern void (*p9exitshook)(char*);
