import re
PUNCT = set(".,;:!?\"'“”‘’()[]—–-… ")
SUB = r"(because|as|since|while|although|though|if|unless|when|after|before|even|so that|until|whereas|despite)\b"
def what(gap, side):
    g = gap.strip(); s = g.lstrip(",;:—–- ")
    if not g: return "whitespace"
    if all(c in PUNCT for c in g):
        return "a quotation mark" if any(c in "\"“”‘’'" for c in g) else "punctuation"
    if "\n" in gap: return "a paragraph break and beyond"
    if re.match(r"[\"“‘']?\(", s) or g.startswith("("): return "a parenthetical"
    if re.match(r"according to\b", s, re.I): return "an 'according to' clause"
    if re.match(r"[\"“”]?\s*,?\s*(he|she|they|it|we|officials?|the \w+|[A-Z]\w+( [A-Z]\w+)*)\s+(said|says|added|told|wrote|argued|noted|explained|continued|insisted)\b", s) or re.match(r"(said|says|added|told)\s", s):
        return "an 'X said' clause"
    if re.search(r"[.!?][\"”’']*\s+[\"“‘']?[A-Z]", gap) and not re.search(r"\b(Mr|Mrs|Ms|Dr|Sen|Gov|Rep|St|Jr|U\.S|D\.C)\.\s", gap):
        return "another sentence"
    if re.match(SUB, s, re.I): return "a subordinate clause (because/as/while/if ...)"
    if re.match(r"(which|who|whom|whose|where)\b", s, re.I): return "a relative clause (, which/who ...)"
    if re.match(r"(and|but|or|nor|yet)\b", s, re.I): return "a coordinated part (and/but ...)"
    if re.match(r"\w+ing\b", s) and g[0] in ",;—–-": return "a participle clause (, VERB-ing ...)"
    if re.match(r"(the|a|an|his|her|their|its)\b", s) and g[0] in ",—–-": return "an apposition (, the/a NP)"
    if re.match(r"to\b", s): return "an infinitive (to ...)"
    if re.match(r"(in|on|at|during|for|from|with|by|over|amid|about|of|through|under|against|into|among|like|including|compared)\b", s): return "a prepositional phrase"
    if re.match(r"(last|this|next|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|earlier|later|recently)\b", s): return "a time word"
    if g[0] in ",;—–-:": return "other words after a comma/dash"
    return "other words (inside the clause)"
def classify(role, text, pe, ge):
    if ge is None: return f"no gold {role} (ours has one)"
    if pe is None: return f"no {role} of ours (gold has one)"
    if pe[1] <= ge[0] or ge[1] <= pe[0]: return "another phrase (no overlap)"
    parts = []
    if pe[0] != ge[0] and pe[1] != ge[1]: return "both ends differ"
    if pe[0] != ge[0]:
        lo, hi = sorted((pe[0], ge[0]))
        return ("start: ours longer by " if pe[0] < ge[0] else "start: ours shorter by ") + what(text[lo:hi], "start")
    lo, hi = sorted((pe[1], ge[1]))
    return ("end: ours longer by " if pe[1] > ge[1] else "end: ours shorter by ") + what(text[lo:hi], "end")
