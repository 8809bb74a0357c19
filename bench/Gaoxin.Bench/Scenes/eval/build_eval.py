#!/usr/bin/env python3
"""Builds docs.json and queries.json of the match-quality set from the hand-written parts (docs_*.py, queries.py).
A description shorter than 80 characters gets stock sentences about availability appended (chosen by a CRC of the key,
so the output is deterministic). Every third query (3, 6, 9, ...) is held out. Run: python3 build_eval.py"""
import json, os, sys, zlib
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import docs_a, docs_b, docs_c, docs_d, queries

PRODUCT_TAIL = ["可按用户工况提供选型方案，现场安装调试，质保期内上门服务。",
                "已在园区和周边多家企业使用，支持小批量试用和样机测试。",
                "产品有完整的检测报告和使用手册，提供培训和远程技术支持。",
                "可根据图纸或参数定制，交货周期短，备品备件充足。",
                "支持分期付款和以租代购，售后响应时间不超过二十四小时。"]
ACHIEVEMENT_TAIL = ["成果已申请发明专利，团队可提供技术许可、合作开发或作价入股。",
                    "可与企业共建中试线，联合申报科技项目，推动成果产业化。",
                    "团队长期从事该方向研究，欢迎企业提出具体工况开展验证。",
                    "已有实验室样品和测试数据，寻求有制造能力的企业合作转化。"]
docs, seen = [], set()
for part in (docs_a, docs_b, docs_c, docs_d):
    for industry, chain, items in part.TOPICS:
        for kind, key, title, desc, trl, ipc in items:
            assert key not in seen, key
            seen.add(key)
            tails = PRODUCT_TAIL if kind == "P" else ACHIEVEMENT_TAIL
            n = zlib.crc32(key.encode())
            while len(desc) < 80:
                desc += tails[n % len(tails)]
                n += 1
            docs.append({"key": key, "kind": "Product" if kind == "P" else "Achievement", "title": title,
                         "description": desc, "industry": industry, "chainLink": None if chain in ("近似干扰", "其他") else chain, "readiness": trl, "ipc": ipc})
qs = []
for i, (title, body, industry, labels) in enumerate(queries.QUERIES, start=1):
    for k in labels:
        assert k in seen, f"query {i}: unknown doc {k}"
    qs.append({"id": f"Q{i:02d}", "split": "heldout" if i % 3 == 0 else "tuning", "title": title, "body": body,
               "industry": industry, "labels": labels})
with open(os.path.join(here, "docs.json"), "w", encoding="utf-8") as f:
    json.dump(docs, f, ensure_ascii=False, indent=1)
with open(os.path.join(here, "queries.json"), "w", encoding="utf-8") as f:
    json.dump(qs, f, ensure_ascii=False, indent=1)
lens = [len(d["description"]) for d in docs]
print(f"{len(docs)} documents ({sum(d['kind']=='Product' for d in docs)} products), description {min(lens)}-{max(lens)} chars; "
      f"{len(qs)} queries ({sum(q['split']=='heldout' for q in qs)} held out), "
      f"{sum(len(q['labels']) for q in qs)} labels ({sum(v==2 for q in qs for v in q['labels'].values())} of grade 2)")
