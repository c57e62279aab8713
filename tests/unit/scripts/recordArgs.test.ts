import { describe, expect, it } from 'vitest'
import { hashRouteOf, parseRecordArgs } from '../../../scripts/record/args.ts'
import { parseStoryboard } from '../../../scripts/record/storyboard.ts'
import { framesFor, parseSize, outputKindOf } from '../../../src/state/recordSpec.ts'

const fails = (argv: string[]) => {
  try {
    parseRecordArgs(argv)
  } catch (e) {
    return (e as Error).message
  }
  throw new Error('expected an error')
}

describe('npm run record arguments', () => {
  it('reads a link with every option', () => {
    const a = parseRecordArgs(['#/descent?fn=himmelblau', '--out', 'a.mp4', '--frames', '90', '--fps', '24', '--size', '640x360', '--play', '--orbit', '45'])
    expect(a).toMatchObject({ link: '#/descent?fn=himmelblau', kind: 'mp4', frames: 90, fps: 24, size: { width: 640, height: 360 }, play: true, orbit: 45 })
  })

  it('takes the hash route from a full URL, a path or a bare scene id', () => {
    expect(hashRouteOf('http://localhost:5173/#/explore?f=x')).toBe('#/explore?f=x')
    expect(hashRouteOf('/explore?f=x')).toBe('#/explore?f=x')
    expect(hashRouteOf('explore')).toBe('#/explore')
    expect(() => hashRouteOf('http://localhost:5173/')).toThrow(/no '#\/<scene>' part/)
  })

  it('names the problem in bad input', () => {
    expect(fails(['#/explore'])).toMatch(/--out FILE is required/)
    expect(fails(['#/explore', '--out', 'a.gif'])).toMatch(/must end in \.webm, \.mp4 or \.png/)
    expect(fails(['#/explore', '--out', 'a.webm', '--size', '640x'])).toMatch(/size '640x' is not WIDTHxHEIGHT/)
    expect(fails(['#/explore', '--out', 'a.webm', '--size', '641x360'])).toMatch(/width 641 is odd/)
    expect(fails(['#/explore', '--out', 'a.webm', '--size', '9000x360'])).toMatch(/width 9000 is out of range/)
    expect(fails(['#/explore', '--out', 'a.webm', '--frames', '0'])).toMatch(/frames 0/)
    expect(fails(['#/explore', '--out', 'a.webm', '--frames', '2.5'])).toMatch(/frames 2.5/)
    expect(fails(['#/explore', '--out', 'a.webm', '--fps', 'fast'])).toMatch(/--fps 'fast' is not a number/)
    expect(fails(['#/explore', '--out', 'a.webm', '--fps', '0'])).toMatch(/fps 0 is out of range/)
    expect(fails(['#/explore', '--out', 'a.webm', '--frames', '10', '--seconds', '2'])).toMatch(/--frames and --seconds both set the length/)
    expect(fails(['#/explore', '--out', 'a.webm', '--until-end', '--orbit', '90'])).toMatch(/--orbit needs a fixed length/)
    expect(fails(['#/explore', '--out', 'a.png', '--frames', '10'])).toMatch(/--frames applies to video/)
    expect(fails(['#/explore', '--out', 'a.webm', '--loop'])).toMatch(/unknown option --loop/)
    expect(fails(['#/explore', '--out'])).toMatch(/--out needs a value/)
    expect(fails(['#/a', '#/b', '--out', 'a.webm'])).toMatch(/one link at a time/)
  })

  it('PNG sizes may be odd; video sizes must be even', () => {
    expect(parseRecordArgs(['#/explore', '--out', 'a.png', '--size', '641x361']).size).toEqual({ width: 641, height: 361 })
    expect(() => parseSize('640x361', { even: true })).toThrow(/height 361 is odd/)
  })

  it('durations round to whole frames; output kinds come from the extension', () => {
    expect(framesFor(2, 30)).toBe(60)
    expect(framesFor(0.01, 30)).toBe(1)
    expect(() => framesFor(-1, 30)).toThrow(/duration -1 s is out of range/)
    expect(outputKindOf('clip.WEBM')).toBe('webm')
  })
})

describe('storyboards', () => {
  it('reads shots, turning seconds into frames at the storyboard rate', () => {
    const board = parseStoryboard(
      JSON.stringify({ fps: 24, size: '640x360', shots: [{ link: '#/explore', seconds: 2, caption: 'hi' }, { link: '#/descent', seconds: 'until-end', play: true }] }),
      null,
    )
    expect(board.fps).toBe(24)
    expect(board.size).toEqual({ width: 640, height: 360 })
    expect(board.shots).toEqual([
      { link: '#/explore', frames: 48, play: false, orbit: 0, caption: 'hi' },
      { link: '#/descent', frames: 'until-end', play: true, orbit: 0, caption: null },
    ])
    // The command line's --fps wins over the file's.
    expect(parseStoryboard(JSON.stringify([{ link: '#/explore', seconds: 2 }]), 10).shots[0]!.frames).toBe(20)
  })

  it('names the shot and the field that is wrong', () => {
    const bad = (value: unknown) => () => parseStoryboard(JSON.stringify(value), null)
    expect(bad({ shots: [] })).toThrow(/'shots' must be a non-empty list/)
    expect(bad([{ link: '#/explore', seconds: 1 }, { link: '#/explore', seconds: 'long' }])).toThrow(/shot 2: 'seconds' must be/)
    expect(bad([{ link: '#/explore', seconds: 1, zoom: 2 }])).toThrow(/shot 1: unknown field 'zoom'/)
    expect(bad([{ seconds: 1 }])).toThrow(/shot 1: 'link' must be a string/)
    expect(bad([{ link: '#/explore', seconds: 'until-end', orbit: 90 }])).toThrow(/shot 1: 'orbit' needs a fixed number of seconds/)
    expect(bad({ shots: [{ link: '#/explore', seconds: 1 }], speed: 2 })).toThrow(/unknown field 'speed'/)
    expect(() => parseStoryboard('{"shots": [', null)).toThrow(/not valid JSON/)
  })
})
