/* a small 9P client for the tests (in the spirit of plan9port's 9p) */
typedef struct Conn Conn;
struct Conn {
	int	fd;
	uint	msize;
	uchar	*buf;
	ushort	tag;
	u32int	nextfid;
};

Conn*	nconnect(char*);
void	nhangup(Conn*);
int	nsend(Conn*, Fcall*);
int	nrecv(Conn*, Fcall*);
int	nrpc(Conn*, Fcall*, Fcall*);
int	nversion(Conn*, uint);
u32int	nwalk(Conn*, char*);
int	nopen(Conn*, u32int, int);
u32int	nwalkopen(Conn*, char*, int);
long	nread(Conn*, u32int, vlong, char*, long);
long	nwrite(Conn*, u32int, vlong, char*, long);
int	nclunk(Conn*, u32int);
int	nstat(Conn*, u32int, Dir*, char*);
char*	ncat(Conn*, char*);
int	necho(Conn*, char*, char*);
int	nexists(Conn*, char*);
void	nunderway(Conn*, char*);
