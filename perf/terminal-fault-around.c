// LD_PRELOAD experiment for perf/terminal-fault-around.sh (issue 13, peak RSS; perf/README.md, u-rss2): before the
// executable's own code runs, advise its file mappings (code, read-only data, .data), chosen by FAULT_AROUND_MODE:
//   random      madvise(MADV_RANDOM) on each mapping whole
//   split:KIB   MADV_RANDOM on every other KIB-sized piece: the mapping becomes VMAs of KIB each, and the kernel's
//               fault-around, which stays inside the faulting VMA, then maps at most KIB around a read fault
// FAULT_AROUND_PERMS (e.g. "rw-p" or "r--pr-xp") limits it to the mappings with those permissions.
// FAULT_AROUND_LIBS=NAME+NAME...: instead of the executable, the code mappings (r-xp) of each library whose path holds
// one of the NAMEs, cut the same way just after the program's dlopen of it returns (their load already touched pages).
// Both advices are hints: what the program reads and writes is unchanged. Build:
// cc -O2 -shared -fPIC -o X.so perf/terminal-fault-around.c -ldl
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>

// Advise the mappings whose path equals `path_wanted` (or, with `substring`, holds it) and whose permissions are in
// `perms_wanted` (all where NULL), as FAULT_AROUND_MODE says.
static void advise_mappings(const char *path_wanted, int substring, const char *perms_wanted)
{
    const char *mode = getenv("FAULT_AROUND_MODE");
    if (!mode) return;
    long grain = 0;
    if (strncmp(mode, "split:", 6) == 0) grain = atol(mode + 6) * 1024;
    else if (strcmp(mode, "random") != 0) return;
    FILE *maps = fopen("/proc/self/maps", "r");
    if (!maps) return;
    unsigned long lo[32], hi[32];
    int count = 0;
    char line[4200];
    while (count < 32 && fgets(line, sizeof line, maps)) {
        unsigned long a, b;
        char perms[8], path[4096] = "";
        if (sscanf(line, "%lx-%lx %7s %*s %*s %*s %4095s", &a, &b, perms, path) >= 3
            && (substring ? strstr(path, path_wanted) != NULL : strcmp(path, path_wanted) == 0)
            && (!perms_wanted || strstr(perms_wanted, perms))) {
            lo[count] = a;
            hi[count] = b;
            count++;
        }
    }
    fclose(maps);
    for (int i = 0; i < count; i++) {
        if (grain <= 0) {
            madvise((void *)lo[i], hi[i] - lo[i], MADV_RANDOM);
            continue;
        }
        for (unsigned long p = lo[i]; p < hi[i]; p += 2 * (unsigned long)grain)
            madvise((void *)p, p + grain > hi[i] ? hi[i] - p : (unsigned long)grain, MADV_RANDOM);
    }
}

__attribute__((constructor)) static void advise_executable_mappings(void)
{
    if (getenv("FAULT_AROUND_LIBS")) return;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return;
    exe[n] = 0;
    advise_mappings(exe, 0, getenv("FAULT_AROUND_PERMS"));
}

void *dlopen(const char *file, int flags)
{
    static void *(*real_dlopen)(const char *, int);
    if (!real_dlopen) real_dlopen = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
    void *handle = real_dlopen(file, flags);
    const char *libs = getenv("FAULT_AROUND_LIBS");
    if (handle && file && libs) {
        char names[512];
        strncpy(names, libs, sizeof names - 1);
        names[sizeof names - 1] = 0;
        for (char *name = strtok(names, "+"); name; name = strtok(NULL, "+"))
            if (strstr(file, name)) advise_mappings(name, 1, "r-xp");
    }
    return handle;
}
