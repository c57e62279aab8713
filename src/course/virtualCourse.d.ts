// The modules scripts/coursePlugin.ts generates at build time.
declare module 'virtual:course' {
  const index: import('./courseTypes.ts').CourseIndex
  export default index
}
declare module 'virtual:course/chapter-*' {
  const chapter: import('./courseTypes.ts').ChapterDoc
  export default chapter
}
declare module 'virtual:course/notation' {
  const html: string
  export default html
}
