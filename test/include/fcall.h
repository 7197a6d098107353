/*
 * Host layer: 9front's <fcall.h> (9P2000 messages), as in
 * sys/include/fcall.h; test/host/fcall.c implements it.
 */
#define	VERSION9P	"9P2000"

#define	MAXWELEM	16

typedef
struct	Fcall
{
	uchar	type;
	u32int	fid;
	ushort	tag;
	union {
		struct {
			u32int	msize;
			char	*version;
		};
		struct {
			ushort	oldtag;
		};
		struct {
			char	*ename;
		};
		struct {
			Qid	qid;
			u32int	iounit;
		};
		struct {
			Qid	aqid;
		};
		struct {
			u32int	afid;
			char	*uname;
			char	*aname;
		};
		struct {
			u32int	perm;
			char	*name;
			uchar	mode;
		};
		struct {
			u32int	newfid;
			ushort	nwname;
			char	*wname[MAXWELEM];
		};
		struct {
			ushort	nwqid;
			Qid	wqid[MAXWELEM];
		};
		struct {
			vlong	offset;
			u32int	count;
			char	*data;
		};
		struct {
			ushort	nstat;
			uchar	*stat;
		};
	};
} Fcall;

/* each byte widened to u32int first: gcc promotes uchar to int, where 255<<24 overflows (6c to unsigned) */
#define	GBIT8(p)	(((uchar*)(p))[0])
#define	GBIT16(p)	((u32int)((uchar*)(p))[0]|(u32int)((uchar*)(p))[1]<<8)
#define	GBIT32(p)	((u32int)((uchar*)(p))[0]|(u32int)((uchar*)(p))[1]<<8|\
				(u32int)((uchar*)(p))[2]<<16|(u32int)((uchar*)(p))[3]<<24)
#define	GBIT64(p)	((uvlong)GBIT32(p) | (uvlong)GBIT32((uchar*)(p)+4) << 32)

#define	PBIT8(p,v)	do{(p)[0]=(v);}while(0)
#define	PBIT16(p,v)	do{(p)[0]=(v);(p)[1]=(v)>>8;}while(0)
#define	PBIT32(p,v)	do{(p)[0]=(v);(p)[1]=(v)>>8;(p)[2]=(v)>>16;(p)[3]=(v)>>24;}while(0)
#define	PBIT64(p,v)	do{(p)[0]=(v);(p)[1]=(v)>>8;(p)[2]=(v)>>16;(p)[3]=(v)>>24;\
			   (p)[4]=(v)>>32;(p)[5]=(v)>>40;(p)[6]=(v)>>48;(p)[7]=(v)>>56;}while(0)

#define	BIT8SZ		1
#define	BIT16SZ		2
#define	BIT32SZ		4
#define	BIT64SZ		8
#define	QIDSZ	(BIT8SZ+BIT32SZ+BIT64SZ)
#define	STATFIXLEN	(BIT16SZ+QIDSZ+5*BIT16SZ+4*BIT32SZ+1*BIT64SZ)

#define	NOTAG		(ushort)~0U
#define	NOFID		(u32int)~0U
#define	IOHDRSZ		24

enum
{
	Tversion =	100,
	Rversion,
	Tauth =		102,
	Rauth,
	Tattach =	104,
	Rattach,
	Terror =	106,
	Rerror,
	Tflush =	108,
	Rflush,
	Twalk =		110,
	Rwalk,
	Topen =		112,
	Ropen,
	Tcreate =	114,
	Rcreate,
	Tread =		116,
	Rread,
	Twrite =	118,
	Rwrite,
	Tclunk =	120,
	Rclunk,
	Tremove =	122,
	Rremove,
	Tstat =		124,
	Rstat,
	Twstat =	126,
	Rwstat,
	Tmax,
};

uint	convM2S(uchar*, uint, Fcall*);
uint	convS2M(Fcall*, uchar*, uint);
uint	sizeS2M(Fcall*);

int	statcheck(uchar *abuf, uint nbuf);
uint	convM2D(uchar*, uint, Dir*, char*);
uint	convD2M(Dir*, uchar*, uint);
uint	sizeD2M(Dir*);

int	read9pmsg(int, void*, uint);
