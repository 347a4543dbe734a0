/* gl-blit-probe: CPU per vertical move of a 1000x500 area of a GLX window's back buffer on this display's GL driver
 * (llvmpipe under Xvfb), four ways: two glBlitFramebuffers through a BGRA or an RGBA scratch texture,
 * glCopyTexSubImage2D + a blit back, and blits inside the default framebuffer in strips as high as the offset (24 rows,
 * what GlWindowScroll does); a scissored clear of the same area for scale. Process CPU (all driver threads), glFinish
 * after each move.   gcc -O2 perf/gl-blit-probe.c -o /tmp/gl-blit-probe -lGL -lX11 && DISPLAY=:N /tmp/gl-blit-probe */
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#include <GL/glx.h>
#include <X11/Xlib.h>
#include <stdio.h>
#include <time.h>
static double cpu(void){struct timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
int main(void){
  Display*d=XOpenDisplay(NULL); if(!d){puts("no display");return 1;}
  int attr[]={GLX_RENDER_TYPE,GLX_RGBA_BIT,GLX_DRAWABLE_TYPE,GLX_WINDOW_BIT,GLX_DOUBLEBUFFER,1,GLX_RED_SIZE,8,GLX_GREEN_SIZE,8,GLX_BLUE_SIZE,8,GLX_ALPHA_SIZE,8,GLX_STENCIL_SIZE,8,None};
  int n; GLXFBConfig*c=glXChooseFBConfig(d,DefaultScreen(d),attr,&n); XVisualInfo*vi=glXGetVisualFromFBConfig(d,c[0]);
  XSetWindowAttributes swa={0}; swa.colormap=XCreateColormap(d,RootWindow(d,vi->screen),vi->visual,AllocNone);
  int W=1280,H=800; Window w=XCreateWindow(d,RootWindow(d,vi->screen),0,0,W,H,0,vi->depth,InputOutput,vi->visual,CWColormap,&swa);
  XMapWindow(d,w); GLXContext ctx=glXCreateNewContext(d,c[0],GLX_RGBA_TYPE,NULL,True); GLXWindow gw=glXCreateWindow(d,c[0],w,NULL); glXMakeContextCurrent(d,gw,gw,ctx);
  printf("visual depth %d, %s\n", vi->depth, glGetString(GL_RENDERER));
  glClearColor(0.2,0.3,0.4,1); glClear(GL_COLOR_BUFFER_BIT); glFinish();
  int w2=1000,h2=500;
  for(int variant=0;variant<5;variant++){
    GLuint tex,fb; glGenTextures(1,&tex); glBindTexture(GL_TEXTURE_2D,tex);
    if(variant==0) glTexImage2D(GL_TEXTURE_2D,0,GL_RGBA8,W,H,0,GL_BGRA,GL_UNSIGNED_BYTE,NULL);
    else glTexImage2D(GL_TEXTURE_2D,0,GL_RGBA8,W,H,0,GL_RGBA,GL_UNSIGNED_BYTE,NULL);
    glGenFramebuffers(1,&fb); glBindFramebuffer(GL_FRAMEBUFFER,fb); glFramebufferTexture2D(GL_FRAMEBUFFER,GL_COLOR_ATTACHMENT0,GL_TEXTURE_2D,tex,0);
    if(glCheckFramebufferStatus(GL_FRAMEBUFFER)!=GL_FRAMEBUFFER_COMPLETE) puts("incomplete");
    glBindFramebuffer(GL_FRAMEBUFFER,0);
    int N=100; double t0=cpu();
    for(int i=0;i<N;i++){
      if(variant==3){ glBindTexture(GL_TEXTURE_2D,tex); glBindFramebuffer(GL_READ_FRAMEBUFFER,0); glCopyTexSubImage2D(GL_TEXTURE_2D,0,0,0,10,20,w2,h2);
        glBindFramebuffer(GL_READ_FRAMEBUFFER,fb); glBindFramebuffer(GL_DRAW_FRAMEBUFFER,0);
        glBlitFramebuffer(0,0,w2,h2,10,20+7,10+w2,20+7+h2,GL_COLOR_BUFFER_BIT,GL_NEAREST); }
      else if(variant==4){ int dy=24; glBindFramebuffer(GL_READ_FRAMEBUFFER,0); glBindFramebuffer(GL_DRAW_FRAMEBUFFER,0);
        for(int y=20+h2-dy; y>=20; y-=dy){ int hh = dy; glBlitFramebuffer(10,y,10+w2,y+hh,10,y+dy,10+w2,y+dy+hh,GL_COLOR_BUFFER_BIT,GL_NEAREST);} }
      else if(variant<2){
      glBindFramebuffer(GL_READ_FRAMEBUFFER,0); glBindFramebuffer(GL_DRAW_FRAMEBUFFER,fb);
      glBlitFramebuffer(10,20,10+w2,20+h2,0,0,w2,h2,GL_COLOR_BUFFER_BIT,GL_NEAREST);
      glBindFramebuffer(GL_READ_FRAMEBUFFER,fb); glBindFramebuffer(GL_DRAW_FRAMEBUFFER,0);
      glBlitFramebuffer(0,0,w2,h2,10,20+7,10+w2,20+7+h2,GL_COLOR_BUFFER_BIT,GL_NEAREST);
      } else { glScissor(10,20,w2,h2); glEnable(GL_SCISSOR_TEST); glClearColor(i%2,0.3,0.4,1); glClear(GL_COLOR_BUFFER_BIT); glDisable(GL_SCISSOR_TEST);}
      glFinish();
    }
    double t=cpu()-t0;
    printf("%s: %.3f ms CPU per %s of %dx%d (err 0x%x)\n", variant==0?"BGRA scratch":variant==1?"RGBA scratch":variant==3?"CopyTexSubImage+blit":variant==4?"strips of 24 rows, in place":"reference: scissored clear", t/N, variant!=2?"move":"clear", w2,h2, glGetError());
    glDeleteFramebuffers(1,&fb); glDeleteTextures(1,&tex);
  }
  return 0;
}
