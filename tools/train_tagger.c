/* train_tagger.c — trains one tagger model (POS or NER) from corpora and writes the model file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analysis/tagger.h"
#include "tools/clusters.h"
#include "tools/corpus.h"
#include "tools/dictionary.h"

static const char usage[] =
    "usage: train_tagger --kind pos|ner --lang de|en --out FILE --train FORMAT:PATH[@PART]...\n"
    "                    [--dev FORMAT:PATH[@PART]] [--epochs N] [--min-count N] [--seed N] "
    "[--runs N] [--prune F]\n"
    "                    [--features gaz,german,pos,clusters] [--gazetteers DIR] [--places FILE]\n"
    "                    [--pos-model FILE]\n"
    "                    [--clusters K] [--vocab N] [--unlabeled FORMAT:PATH[@PART]]...\n"
    "                    [--features ...,clusters2 [--groups G] [--group-seeds far|large]]\n"
    "                    [--features ...,case [--case-min N] [--case-text all|unlabeled]]\n"
    "                    [--aux FORMAT:PATH[@PART]]... [--source FORMAT:PATH[@PART]]...\n"
    "                    [--features ...,dict --hunspell BASE --freedict BASE --dict-words "
    "all|text]\n"
    "clusters2: also a coarse group of each word cluster (G groups of the K clusters, default\n"
    "min(K/4, 63); K at most 1022), with the cluster templates (off unless named); the groups\n"
    "are seeded with spread-out clusters (far, default) or the largest ones (large)\n"
    "case: the capitalization profile of every word seen at least N times (default 2) in the\n"
    "training and unlabeled text where it is not sentence-initial (how often it has a capital\n"
    "letter, how often ALLCAPS), with templates of the token, of +-1, x its own case; not with\n"
    "clusters2, at most 1022 clusters; --case-text unlabeled: from the --unlabeled text only\n"
    "--places: a places table (resources/places.tsv) whose names join the gazetteer as cities\n"
    "--aux: training data whose text the word clusters do not count (silver labels of\n"
    "unlabeled text, copies), read after the clusters are learned\n"
    "--source: training data of another domain (its text counts for the clusters); each\n"
    "--source is a domain of its own whose sentences also get copies of their features keyed\n"
    "by the domain, trained and then left out of the model (feature augmentation)\n"
    "FORMAT: conll03 uner germeval ler europeana conllu; PART: all tune report everyN;\n"
    "a training spec may end in %lower (every sentence lower-cased) or %lowerN (every N-th)\n"
    "--runs N: N trainings with seeds S, S+1, ... (S: --seed); the model keeps the mean of\n"
    "their averaged weights (less variance from the order of the sentences)\n"
    "dict: word classes from Hunspell BASE.dic/.aff and FreeDict BASE.index/.dict.dz (either);\n"
    "--dict-words text keeps only the words of the training and unlabeled text (default all)\n";

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* POS-tags corpus c with pm into a malloc'd array; NULL on failure. */
static uint8_t *pos_tags(const corpus *c, const tagger_model *pm)
{
    uint8_t *p = malloc(c->ntok + 1);
    if (p && corpus_tag(c, pm, NULL, NULL, p)) {
        free(p);
        return NULL;
    }
    return p;
}

/* The dictionary's word classes into *lex (FEATF_DICT): every word, or (text_only) those of
 * the training and unlabeled corpora. Returns 0, or 1 after a message. */
static int add_dictionary(feat_gaz **lex, const char *hunspell, const char *freedict, int text_only,
                          const corpus *tc, const char **unl_specs, int nunl)
{
    if (!hunspell && !freedict) {
        fprintf(stderr, "train_tagger: the dict feature needs --hunspell or --freedict\n");
        return 1;
    }
    dictionary d;
    if (dictionary_read(&d, hunspell, freedict, stderr)) {
        fprintf(stderr, "train_tagger: cannot read the dictionary (Debian packages hunspell-de-de, "
                        "dict-freedict-deu-eng; docs/MODELS.md)\n");
        return 1;
    }
    feat_gaz *keep = NULL;
    if (text_only) {
        corpus unl = {0};
        for (int i = 0; i < nunl; i++)
            if (corpus_read(&unl, unl_specs[i])) return 1;
        keep = feat_gaz_new(
            (uint32_t)(tc->ntok + unl.ntok < (1u << 24) ? tc->ntok + unl.ntok : 1u << 24));
        const corpus *texts[2] = {tc, &unl};
        for (int k = 0; keep && k < 2; k++)
            for (size_t i = 0; i < texts[k]->ntok; i++) {
                const feat_token *t = &texts[k]->toks[i];
                if (feat_gaz_add(keep, feat_hash_lower(t->s, t->len), 1)) break;
            }
        corpus_free(&unl);
        if (!keep) return 1;
    }
    long n = dictionary_merge(&d, keep, lex);
    fprintf(stderr, "dictionary: %zu entries, %u word forms, %ld in the lexicon\n", d.entries,
            d.words->count, n);
    dictionary_free(&d);
    feat_gaz_free(keep);
    return n < 0;
}

int main(int argc, char **argv)
{
    tagger_train_opts o = {0};
    const char *out = NULL, *dev_spec = NULL, *gaz_dir = NULL, *pos_path = NULL, *places = NULL;
    const char *hunspell = NULL, *freedict = NULL;
    int dict_text_only = 0;
    const char *train_specs[32], *unl_specs[32], *aux_specs[32], *src_specs[32];
    int ntrain = 0, nunl = 0, naux = 0, nsrc = 0, nclusters = 256, vocab = 20000, ngroups = 0,
        group_by_size = 0, case_min = 2, case_unl_only = 0;
    o.epochs = 10;
    o.min_count = 2;
    o.seed = 1;
    o.kind = TAGGER_NER;
    o.log = stderr;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        }
        if (!v) {
            fprintf(stderr, "train_tagger: %s needs a value\n%s", a, usage);
            return 2;
        }
        i++;
        if (!strcmp(a, "--kind"))
            o.kind = !strcmp(v, "pos") ? TAGGER_POS : TAGGER_NER;
        else if (!strcmp(a, "--lang"))
            snprintf(o.lang, sizeof o.lang, "%s", v);
        else if (!strcmp(a, "--out"))
            out = v;
        else if (!strcmp(a, "--train") && ntrain < 32)
            train_specs[ntrain++] = v;
        else if (!strcmp(a, "--aux") && naux < 32)
            aux_specs[naux++] = v;
        else if (!strcmp(a, "--source") && nsrc < 32)
            src_specs[nsrc++] = v;
        else if (!strcmp(a, "--unlabeled") && nunl < 32)
            unl_specs[nunl++] = v;
        else if (!strcmp(a, "--clusters"))
            nclusters = atoi(v) < LEX_MAX_CLUSTERS ? atoi(v) : LEX_MAX_CLUSTERS;
        else if (!strcmp(a, "--group-seeds"))
            group_by_size = !strcmp(v, "large");
        else if (!strcmp(a, "--groups"))
            ngroups = atoi(v);
        else if (!strcmp(a, "--vocab"))
            vocab = atoi(v);
        else if (!strcmp(a, "--case-min"))
            case_min = atoi(v) > 0 ? atoi(v) : 1;
        else if (!strcmp(a, "--case-text"))
            case_unl_only = !strcmp(v, "unlabeled");
        else if (!strcmp(a, "--dev"))
            dev_spec = v;
        else if (!strcmp(a, "--epochs"))
            o.epochs = atoi(v);
        else if (!strcmp(a, "--min-count"))
            o.min_count = (uint32_t)atoi(v);
        else if (!strcmp(a, "--prune"))
            o.prune = atof(v);
        else if (!strcmp(a, "--seed"))
            o.seed = (uint32_t)atoi(v);
        else if (!strcmp(a, "--runs"))
            o.runs = atoi(v);
        else if (!strcmp(a, "--gazetteers"))
            gaz_dir = v;
        else if (!strcmp(a, "--places"))
            places = v;
        else if (!strcmp(a, "--pos-model"))
            pos_path = v;
        else if (!strcmp(a, "--hunspell"))
            hunspell = v;
        else if (!strcmp(a, "--freedict"))
            freedict = v;
        else if (!strcmp(a, "--dict-words"))
            dict_text_only = !strcmp(v, "text");
        else if (!strcmp(a, "--features")) {
            o.flags = 0;
            if (strstr(v, "gaz")) o.flags |= FEATF_GAZ;
            if (strstr(v, "german")) o.flags |= FEATF_GERMAN;
            if (strstr(v, "pos")) o.flags |= FEATF_POS_TAGS;
            if (strstr(v, "clusters")) o.flags |= FEATF_CLUSTERS;
            if (strstr(v, "clusters2")) o.flags |= FEATF_CLUSTERS2;
            if (strstr(v, "dict")) o.flags |= FEATF_DICT;
            if (strstr(v, "case")) o.flags |= FEATF_CASE;
        } else {
            fprintf(stderr, "train_tagger: unknown option %s\n%s", a, usage);
            return 2;
        }
    }
    if (!out || !ntrain || !o.lang[0]) {
        fputs(usage, stderr);
        return 2;
    }
    double t0 = now();
    corpus tc = {0}, dc = {0};
    for (int i = 0; i < ntrain; i++)
        if (corpus_read(&tc, train_specs[i])) return 1;
    /* sentence ranges of the source domains: [src_from[i], src_to[i]) is domain i + 1 */
    size_t src_from[32], src_to[32];
    for (int i = 0; i < nsrc; i++) {
        src_from[i] = tc.nsent;
        if (corpus_read(&tc, src_specs[i])) return 1;
        src_to[i] = tc.nsent;
    }
    if (dev_spec && corpus_read(&dc, dev_spec)) return 1;
    ck_error err = {0};
    feat_gaz *gaz = NULL;
    if ((o.flags & FEATF_GAZ) && gaz_dir) {
        gaz = corpus_gazetteer(gaz_dir);
        if (!gaz || (places && corpus_gazetteer_places(gaz, places))) return 1;
        o.gaz = gaz;
    }
    if ((o.flags & FEATF_CASE) && (o.flags & FEATF_CLUSTERS2)) {
        fprintf(stderr, "train_tagger: the case feature cannot go with clusters2\n");
        return 2;
    }
    if (o.flags & (FEATF_CLUSTERS | FEATF_CASE)) {
        /* clusters and case profiles from the training text and any unlabeled text (never the
         * dev data) */
        if (!gaz && !(gaz = feat_gaz_new(60000))) return 1;
        o.gaz = gaz;
        corpus unl = {0};
        for (int i = 0; i < nunl; i++)
            if (corpus_read(&unl, unl_specs[i])) return 1;
        const corpus *texts[2] = {&tc, &unl};
        if ((o.flags & FEATF_CASE) && nclusters > LEX_MAX_CLUSTERS2) nclusters = LEX_MAX_CLUSTERS2;
        int groups = 0;
        if (o.flags & FEATF_CLUSTERS2) {
            if (nclusters > LEX_MAX_CLUSTERS2) nclusters = LEX_MAX_CLUSTERS2;
            groups = ngroups > 0 ? ngroups : nclusters / 4;
            if (groups > LEX_MAX_CLUSTER_GROUPS) groups = LEX_MAX_CLUSTER_GROUPS;
            if (groups > nclusters) groups = nclusters;
        }
        if ((o.flags & FEATF_CLUSTERS) &&
            clusters_learn(texts, 2, nclusters, vocab, groups, group_by_size, gaz, stderr)) {
            fprintf(stderr, "train_tagger: clustering failed\n");
            return 1;
        }
        if ((o.flags & FEATF_CASE) &&
            case_profile_learn(texts + case_unl_only, 2 - (size_t)case_unl_only, case_min, &gaz,
                               stderr)) {
            fprintf(stderr, "train_tagger: case profiles failed\n");
            return 1;
        }
        o.gaz = gaz;
        corpus_free(&unl);
    }
    if (o.flags & FEATF_DICT) {
        if (add_dictionary(&gaz, hunspell, freedict, dict_text_only, &tc, unl_specs, nunl))
            return 1;
        o.gaz = gaz;
    }
    /* training data that is no text for the clusters (silver labels, copies) */
    for (int i = 0; i < naux; i++)
        if (corpus_read(&tc, aux_specs[i])) return 1;
    const char **labels;
    uint8_t *gold = NULL, *dgold = NULL, *tpos = NULL, *dpos = NULL;
    if (corpus_labels(&tc, o.kind, &labels, &o.nlabels, &gold)) return 1;
    if (dev_spec && corpus_labels(&dc, o.kind, &labels, &o.nlabels, &dgold)) return 1;
    o.labels = labels;
    tagger_model *pm = NULL;
    if (o.flags & FEATF_POS_TAGS) {
        if (!pos_path) {
            fprintf(stderr, "train_tagger: the pos feature needs --pos-model\n");
            return 2;
        }
        pm = tagger_load(pos_path, &err);
        if (!pm) {
            fprintf(stderr, "train_tagger: %s\n", err.detail);
            return 1;
        }
        o.pos_model = pm;
        tpos = pos_tags(&tc, pm);
        if (dev_spec) dpos = pos_tags(&dc, pm);
        if (!tpos || (dev_spec && !dpos)) return 1;
    }
    uint8_t *domain = NULL;
    if (nsrc) {
        if (!(domain = calloc(tc.nsent + 1, 1))) return 1;
        for (int i = 0; i < nsrc; i++)
            memset(domain + src_from[i], i + 1, src_to[i] - src_from[i]);
    }
    tagger_corpus train = {tc.nsent, tc.sent_off, tc.toks, gold, tpos, domain};
    tagger_corpus dev = {dc.nsent, dc.sent_off, dc.toks, dgold, dpos};
    if (dev_spec) o.dev = &dev;
    fprintf(stderr, "read %zu training tokens in %.1f s\n", tc.ntok, now() - t0);
    tagger_model *m = tagger_train(&o, &train, &err);
    if (!m || tagger_save(m, out, &err)) {
        fprintf(stderr, "train_tagger: %s\n", err.detail);
        return 1;
    }
    size_t len = 0;
    unsigned char *img = tagger_serialize(m, &len);
    free(img);
    fprintf(stderr, "%s: %zu features, %zu bytes, %.1f s\n", out, tagger_model_features(m), len,
            now() - t0);
    tagger_free(m);
    tagger_free(pm);
    feat_gaz_free(gaz);
    free(gold);
    free(domain);
    free(dgold);
    free(tpos);
    free(dpos);
    corpus_free(&tc);
    corpus_free(&dc);
    return 0;
}
