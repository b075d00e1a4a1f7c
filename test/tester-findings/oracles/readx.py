import zipfile, re, sys, xml.etree.ElementTree as ET
NS={'m':'http://schemas.openxmlformats.org/spreadsheetml/2006/main','r':'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
def col2n(c):
    n=0
    for ch in c: n=n*26+ord(ch)-64
    return n-1
def read(path):
    z=zipfile.ZipFile(path)
    ss=[]
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si',NS):
            ss.append(''.join(t.text or '' for t in si.iter('{%s}t'%NS['m'])))
    wb=ET.fromstring(z.read('xl/workbook.xml'))
    rels=ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
    rmap={r.get('Id'):r.get('Target') for r in rels}
    out={}
    for s in wb.find('m:sheets',NS):
        name=s.get('name'); tgt=rmap[s.get('{%s}id'%NS['r'])]
        tgt=tgt.lstrip('/'); 
        if not tgt.startswith('xl/'): tgt='xl/'+tgt
        x=ET.fromstring(z.read(tgt)); rows={}
        for c in x.iter('{%s}c'%NS['m']):
            ref=c.get('r'); m=re.match(r'([A-Z]+)(\d+)',ref); col=col2n(m.group(1)); row=int(m.group(2))-1
            t=c.get('t'); v=c.find('m:v',NS); val=None
            if t=='s': val=ss[int(v.text)]
            elif t=='inlineStr': val=''.join(tt.text or '' for tt in c.iter('{%s}t'%NS['m']))
            elif t=='e': val=v.text
            elif t=='b': val=bool(int(v.text))
            elif t=='str': val=v.text if v is not None else ''
            elif v is not None: val=float(v.text)
            rows.setdefault(row,{})[col]=val
        mr=max(rows) if rows else -1
        grid=[]
        for r in range(mr+1):
            d=rows.get(r,{}); mc=max(d) if d else -1
            grid.append([d.get(i) for i in range(mc+1)])
        out[name]=grid
    return out
if __name__=='__main__':
    wb=read(sys.argv[1])
    for n,g in wb.items():
        print('==',n,len(g))
        for r in g[:int(sys.argv[2]) if len(sys.argv)>2 else 6]: print(r)
