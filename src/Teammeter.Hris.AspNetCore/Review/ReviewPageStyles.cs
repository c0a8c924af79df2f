namespace Teammeter.Hris.Review;

/// <summary>The page's one style sheet: readable from a phone to a laptop, visible focus, enough contrast.</summary>
internal static class ReviewPageStyles
{
    public const string Css = """
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
        header,main{max-width:64rem;margin:0 auto;padding:0 1rem}
        header{padding-top:1rem}
        h1{font-size:1.5rem;margin:.5rem 0}
        h1 .tenant{color:#4a5360;font-weight:400}
        h2{font-size:1.2rem;margin:0 0 .5rem}
        h3{font-size:1.05rem}
        section{background:#fff;border:1px solid #d5d9df;border-radius:.5rem;padding:1rem;margin:1rem 0}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        .muted{color:#4a5360}
        .label{font-weight:600}
        .state{font-size:1.1rem;margin:.25rem 0}
        .ok{color:#0b6b2e}.bad{color:#a0141e}
        .notice{background:#e8f4ec;border:1px solid #0b6b2e;border-radius:.5rem;padding:.75rem 1rem}
        .tags{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}
        .tags li{background:#fbe9ea;border-radius:1rem;padding:.1rem .75rem}
        .ops,.people{list-style:none;padding:0;margin:0}
        .op{border-top:1px solid #e3e6ea;padding:.75rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center}
        .op .what{flex:1 1 16rem}
        .op .why{flex:1 1 100%;margin:0;color:#333b45}
        .op .status{margin:0;font-style:italic}
        .actions{display:flex;gap:.5rem}
        form{display:inline;margin:0}
        form.all{display:block;margin:.5rem 0}
        button{font:inherit;min-height:2.75rem;padding:.4rem 1rem;border-radius:.4rem;border:1px solid #1b4fa0;background:#fff;color:#1b4fa0;cursor:pointer}
        button.approve,button.primary,form.all button{background:#1b4fa0;color:#fff}
        button.reject{border-color:#a0141e;color:#a0141e}
        button:hover{filter:brightness(.92)}
        :focus-visible{outline:3px solid #f0a500;outline-offset:2px}
        table{border-collapse:collapse;width:100%}
        caption{text-align:left;font-weight:600;padding:.25rem 0}
        th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e3e6ea;white-space:nowrap}
        .n{text-align:right}
        table.counts{width:auto;min-width:16rem}
        .scroll{overflow-x:auto}
        .people>li{border-top:1px solid #e3e6ea}
        summary{cursor:pointer;padding:.5rem 0}
        summary .count{color:#4a5360;font-size:.9rem}
        details ul{margin:0 0 .5rem}
        .pager{display:flex;gap:1rem;align-items:center;margin-top:.75rem}
        @media (max-width:40rem){body{font-size:15px}section{padding:.75rem;border-radius:0;margin:.5rem -1rem}.actions{width:100%}.actions form,.actions button{flex:1;width:100%}}
        """;
}
